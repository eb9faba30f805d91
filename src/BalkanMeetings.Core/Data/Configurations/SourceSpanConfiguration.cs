using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BalkanMeetings.Core.Data.Configurations;

internal sealed class SourceSpanConfiguration : IEntityTypeConfiguration<SourceSpan>
{
    public void Configure(EntityTypeBuilder<SourceSpan> builder)
    {
        builder.Property(s => s.RecordType).HasMaxLength(50);
        builder.Property(s => s.Field).HasMaxLength(100);

        // RecordType + RecordId point at any table, so only the article is a foreign key.
        builder.HasOne<Article>()
            .WithMany()
            .HasForeignKey(s => s.ArticleId)
            .OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(s => new { s.ArticleId, s.RecordType, s.RecordId });
    }
}
