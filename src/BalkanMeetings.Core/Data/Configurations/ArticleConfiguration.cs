using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BalkanMeetings.Core.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(260);
        builder.Property(a => a.ContentHash).HasMaxLength(64);
        builder.Property(a => a.Title).HasMaxLength(500);
        builder.Property(a => a.Publisher).HasMaxLength(200);
        builder.Property(a => a.Byline).HasMaxLength(200);
        builder.Property(a => a.Language).HasMaxLength(35);
        builder.Property(a => a.SourceUrl).HasMaxLength(2048);

        builder.HasIndex(a => a.FileName).IsUnique();
        // The importer skips a file whose bytes it has seen before, under any name.
        builder.HasIndex(a => a.ContentHash);
        // The about page says when the last import ran: a re-imported article counts, so the time, not the id.
        builder.HasIndex(a => a.ImportedAtUtc);
    }
}
