using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BalkanMeetings.Core.Data.Configurations;

internal sealed class CountryAliasConfiguration : IEntityTypeConfiguration<CountryAlias>
{
    public void Configure(EntityTypeBuilder<CountryAlias> builder)
    {
        builder.Property(a => a.CountryCode).HasMaxLength(2);
        builder.Property(a => a.Text).HasMaxLength(100);

        builder.HasOne<Country>()
            .WithMany(c => c.Aliases)
            .HasForeignKey(a => a.CountryCode)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
