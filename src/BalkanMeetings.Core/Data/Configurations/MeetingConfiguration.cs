using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BalkanMeetings.Core.Data.Configurations;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.Property(m => m.Title).HasMaxLength(FieldLimits.MeetingTitle);
        builder.Property(m => m.City).HasMaxLength(FieldLimits.City);
        builder.Property(m => m.Venue).HasMaxLength(FieldLimits.Venue);

        // App-managed: SQLite has no database-generated row version, so every write bumps Version itself.
        builder.Property(m => m.Version).IsConcurrencyToken();

        builder.HasIndex(m => m.Date);
        builder.HasIndex(m => m.City);
    }
}
