using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BalkanMeetings.Core.Data.Configurations;

internal sealed class MeetingCountryConfiguration : IEntityTypeConfiguration<MeetingCountry>
{
    public void Configure(EntityTypeBuilder<MeetingCountry> builder)
    {
        builder.HasKey(c => new { c.MeetingId, c.CountryCode });
        builder.Property(c => c.CountryCode).HasMaxLength(2);

        builder.HasOne<Meeting>()
            .WithMany(m => m.Countries)
            .HasForeignKey(c => c.MeetingId)
            .OnDelete(DeleteBehavior.Cascade);

        // Reference data: a country that meetings still name cannot be deleted by accident.
        builder.HasOne(c => c.Country)
            .WithMany()
            .HasForeignKey(c => c.CountryCode)
            .OnDelete(DeleteBehavior.Restrict);

        // A country filter reads its meetings from the index alone.
        builder.HasIndex(c => new { c.CountryCode, c.MeetingId });
    }
}
