using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BalkanMeetings.Core.Data.Configurations;

internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(500);
        builder.Property(i => i.NameKey).HasMaxLength(500);
        builder.Property(i => i.Timeline).HasMaxLength(200);

        builder.HasIndex(i => i.NameKey).IsUnique();
    }
}
