using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BalkanMeetings.Core.Data.Configurations;

internal sealed class RevisionChangeConfiguration : IEntityTypeConfiguration<RevisionChange>
{
    public void Configure(EntityTypeBuilder<RevisionChange> builder)
    {
        builder.Property(c => c.RecordType).HasMaxLength(50);
        builder.Property(c => c.Field).HasMaxLength(100);

        // A record's history also lists revisions made from another record's page (a participant, a merge).
        builder.HasIndex(c => new { c.RecordType, c.RecordId });
    }
}
