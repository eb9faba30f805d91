using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BalkanMeetings.Core.Data.Configurations;

internal sealed class ReviewFlagConfiguration : IEntityTypeConfiguration<ReviewFlag>
{
    public void Configure(EntityTypeBuilder<ReviewFlag> builder)
    {
        builder.Property(f => f.RecordType).HasMaxLength(50);
        builder.Property(f => f.Field).HasMaxLength(100);
        // An editor's name, as revisions keep it.
        builder.Property(f => f.ResolvedBy).HasMaxLength(256);

        // Two editors resolving one flag at once: the second write finds the status changed and is refused.
        builder.Property(f => f.Status).IsConcurrencyToken();

        builder.HasOne<Article>()
            .WithMany()
            .HasForeignKey(f => f.ArticleId)
            .OnDelete(DeleteBehavior.Cascade);

        // The review queue: open flags by severity then age, all of them or one kind's, read in index order; and the
        // number open of each kind.
        builder.HasIndex(f => new { f.Status, f.Severity, f.CreatedAtUtc });
        builder.HasIndex(f => new { f.Status, f.Kind, f.Severity, f.CreatedAtUtc });

        // Meeting pages and the has-open-flags filter look flags up by meeting.
        builder.HasIndex(f => new { f.MeetingId, f.Status });
    }
}
