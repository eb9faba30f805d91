using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BalkanMeetings.Core.Data.Configurations;

internal sealed class ArticleTableConfiguration : IEntityTypeConfiguration<ArticleTable>
{
    public void Configure(EntityTypeBuilder<ArticleTable> builder)
    {
        // A primitive collection: one column (a JSON array on SQLite), no table of its own.
        builder.PrimitiveCollection(t => t.Header);

        builder.HasOne<Article>()
            .WithMany(a => a.Tables)
            .HasForeignKey(t => t.ArticleId)
            .OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(t => new { t.ArticleId, t.Position }).IsUnique();
    }
}
