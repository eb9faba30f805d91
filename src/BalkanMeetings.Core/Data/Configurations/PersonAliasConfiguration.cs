using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BalkanMeetings.Core.Data.Configurations;

internal sealed class PersonAliasConfiguration : IEntityTypeConfiguration<PersonAlias>
{
    public void Configure(EntityTypeBuilder<PersonAlias> builder)
    {
        builder.Property(a => a.Text).HasMaxLength(FieldLimits.Phrase);
        builder.Property(a => a.SearchKey).HasMaxLength(200);

        builder.HasOne<Person>()
            .WithMany(p => p.Aliases)
            .HasForeignKey(a => a.PersonId)
            .OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(a => a.SearchKey);
    }
}
