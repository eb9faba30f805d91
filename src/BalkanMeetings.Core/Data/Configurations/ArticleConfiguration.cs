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
        builder.Property(a => a.SourceUrl).HasMaxLength(2048);

        // The importer skips a file whose name and content hash are stored; it reads them all once per run, so the
        // hash needs no index of its own.
        builder.HasIndex(a => a.FileName).IsUnique();
    }
}
