using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BalkanMeetings.Core.Data.Configurations;

internal sealed class ParticipationConfiguration : IEntityTypeConfiguration<Participation>
{
    public void Configure(EntityTypeBuilder<Participation> builder)
    {
        builder.Property(p => p.NameAsWritten).HasMaxLength(200);
        builder.Property(p => p.Role).HasMaxLength(FieldLimits.Role);
        builder.Property(p => p.Organization).HasMaxLength(FieldLimits.Organization);

        builder.HasOne(p => p.Meeting)
            .WithMany(m => m.Participants)
            .HasForeignKey(p => p.MeetingId)
            .OnDelete(DeleteBehavior.Cascade);

        // A null PersonId means "not identified"; deleting a person must not silently turn into that.
        builder.HasOne(p => p.Person)
            .WithMany()
            .HasForeignKey(p => p.PersonId)
            .OnDelete(DeleteBehavior.Restrict);

        // The participation belongs to the meeting, which may have other sources.
        builder.HasOne(p => p.Article)
            .WithMany()
            .HasForeignKey(p => p.ArticleId)
            .OnDelete(DeleteBehavior.SetNull);

        // A person filter reads its meetings from the index alone; the people and office facets read a meeting's
        // participants from the second without touching the table.
        builder.HasIndex(p => new { p.PersonId, p.MeetingId });
        builder.HasIndex(p => new { p.MeetingId, p.PersonId, p.Role, p.Organization });
    }
}
