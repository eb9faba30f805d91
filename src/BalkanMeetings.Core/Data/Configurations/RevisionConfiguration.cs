using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BalkanMeetings.Core.Data.Configurations;

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.Property(r => r.RecordType).HasMaxLength(50);
        builder.Property(r => r.EditorName).HasMaxLength(256);
        builder.Property(r => r.Reason).HasMaxLength(FieldLimits.Reason);

        // Accounts are disabled, not deleted; should one be removed, its revisions stay with the name they carry.
        builder.HasOne<EditorAccount>()
            .WithMany()
            .HasForeignKey(r => r.AccountId)
            .OnDelete(DeleteBehavior.SetNull);

        builder.HasMany(r => r.Changes)
            .WithOne()
            .HasForeignKey(c => c.RevisionId)
            .OnDelete(DeleteBehavior.Cascade);

        // A record's history page, and the recent-changes page newest first.
        builder.HasIndex(r => new { r.RecordType, r.RecordId });
        builder.HasIndex(r => r.AtUtc);
        builder.HasIndex(r => r.AccountId);
    }
}
