using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BalkanMeetings.Core.Data.Configurations;

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> builder)
    {
        builder.Property(q => q.Speaker).HasMaxLength(200);

        builder.HasOne<Article>()
            .WithMany(a => a.Quotes)
            .HasForeignKey(q => q.ArticleId)
            .OnDelete(DeleteBehavior.Cascade);

        // A quote is part of its article; losing the meeting or the person only loses the link (Speaker keeps the name).
        builder.HasOne(q => q.Meeting)
            .WithMany()
            .HasForeignKey(q => q.MeetingId)
            .OnDelete(DeleteBehavior.SetNull);

        builder.HasOne<Person>()
            .WithMany()
            .HasForeignKey(q => q.PersonId)
            .OnDelete(DeleteBehavior.SetNull);
    }
}
