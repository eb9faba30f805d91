using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BalkanMeetings.Core.Data.Configurations;

internal sealed class OfficeConfiguration : IEntityTypeConfiguration<Office>
{
    public void Configure(EntityTypeBuilder<Office> builder)
    {
        builder.Property(o => o.Title).HasMaxLength(200);
        builder.Property(o => o.Organization).HasMaxLength(100);
        builder.Property(o => o.SourceUrl).HasMaxLength(2048);

        builder.HasOne(o => o.Person)
            .WithMany(p => p.Offices)
            .HasForeignKey(o => o.PersonId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
