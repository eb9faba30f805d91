using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BalkanMeetings.Core.Data.Configurations;

internal sealed class MeetingInitiativeConfiguration : IEntityTypeConfiguration<MeetingInitiative>
{
    public void Configure(EntityTypeBuilder<MeetingInitiative> builder)
    {
        builder.HasKey(i => new { i.MeetingId, i.InitiativeId });

        builder.HasOne<Meeting>()
            .WithMany(m => m.Initiatives)
            .HasForeignKey(i => i.MeetingId)
            .OnDelete(DeleteBehavior.Cascade);

        // One initiative is shared by many meetings; unlink it from them before deleting it.
        builder.HasOne(i => i.Initiative)
            .WithMany()
            .HasForeignKey(i => i.InitiativeId)
            .OnDelete(DeleteBehavior.Restrict);

        // An initiative filter reads its meetings from the index alone.
        builder.HasIndex(i => new { i.InitiativeId, i.MeetingId });
    }
}
