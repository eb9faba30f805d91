using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BalkanMeetings.Core.Data.Configurations;

internal sealed class SummitConfiguration : IEntityTypeConfiguration<Summit>
{
    public void Configure(EntityTypeBuilder<Summit> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.City).HasMaxLength(100);
        builder.Property(s => s.Country).HasMaxLength(100);
        builder.Property(s => s.SourceUrl).HasMaxLength(2048);
    }
}
