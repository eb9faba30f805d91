using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BalkanMeetings.Core.Data.Configurations;

internal sealed class MeetingTopicConfiguration : IEntityTypeConfiguration<MeetingTopic>
{
    public void Configure(EntityTypeBuilder<MeetingTopic> builder)
    {
        builder.HasKey(t => new { t.MeetingId, t.TopicId });
        builder.Property(t => t.RawLabel).HasMaxLength(200);

        builder.HasOne<Meeting>()
            .WithMany(m => m.Topics)
            .HasForeignKey(t => t.MeetingId)
            .OnDelete(DeleteBehavior.Cascade);

        // The vocabulary is edited by hand: a topic in use must be merged away, not deleted.
        builder.HasOne(t => t.Topic)
            .WithMany()
            .HasForeignKey(t => t.TopicId)
            .OnDelete(DeleteBehavior.Restrict);

        // A topic filter reads its meetings from the index alone.
        builder.HasIndex(t => new { t.TopicId, t.MeetingId });
    }
}
