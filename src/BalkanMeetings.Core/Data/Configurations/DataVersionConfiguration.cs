using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BalkanMeetings.Core.Data.Configurations;

internal sealed class DataVersionConfiguration : IEntityTypeConfiguration<DataVersion>
{
    public void Configure(EntityTypeBuilder<DataVersion> builder)
    {
        builder.ToTable("DataVersion");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasData(new DataVersion { Id = DataVersion.Row, Value = 0 });
    }
}
