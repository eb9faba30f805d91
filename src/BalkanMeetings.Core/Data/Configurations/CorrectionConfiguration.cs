using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BalkanMeetings.Core.Data.Configurations;

internal sealed class CorrectionConfiguration : IEntityTypeConfiguration<Correction>
{
    public void Configure(EntityTypeBuilder<Correction> builder)
    {
        builder.Property(c => c.RecordType).HasMaxLength(50);
        builder.Property(c => c.Field).HasMaxLength(100);

        // One correction per value; the importer and the public pages look them up by record.
        builder.HasIndex(c => new { c.RecordType, c.RecordId, c.Field }).IsUnique();

        builder.HasOne<Revision>()
            .WithMany()
            .HasForeignKey(c => c.RevisionId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
