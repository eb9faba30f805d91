using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BalkanMeetings.Core.Data.Configurations;

internal sealed class MeetingSourceConfiguration : IEntityTypeConfiguration<MeetingSource>
{
    public void Configure(EntityTypeBuilder<MeetingSource> builder)
    {
        builder.HasKey(s => new { s.MeetingId, s.ArticleId });

        builder.HasOne(s => s.Meeting)
            .WithMany(m => m.Sources)
            .HasForeignKey(s => s.MeetingId)
            .OnDelete(DeleteBehavior.Cascade);

        // Removing an article removes the link only; the meeting may have other sources.
        builder.HasOne(s => s.Article)
            .WithMany(a => a.Meetings)
            .HasForeignKey(s => s.ArticleId)
            .OnDelete(DeleteBehavior.Cascade);

        // Search goes from matching articles to their meetings through the index alone.
        builder.HasIndex(s => new { s.ArticleId, s.MeetingId });
    }
}
