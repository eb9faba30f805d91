using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BalkanMeetings.Core.Data.Configurations;

internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(FieldLimits.InitiativeName);
        builder.Property(i => i.NameKey).HasMaxLength(500);
        builder.Property(i => i.Timeline).HasMaxLength(FieldLimits.Timeline);

        builder.HasIndex(i => i.NameKey).IsUnique();
    }
}
