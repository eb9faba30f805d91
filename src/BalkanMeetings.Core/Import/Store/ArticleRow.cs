using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import.Extraction;

namespace BalkanMeetings.Core.Import.Store;

/// <summary>The article's own row: its text, hash and sidecar data.</summary>
internal static class ArticleRow
{
    private const string InsertSql =
        "INSERT INTO \"Articles\" (\"FileName\", \"ContentHash\", \"Title\", \"Publisher\", \"SourceUrl\", \"PublishedOn\", \"OriginalText\", \"NormalisedText\", \"EncodingRepaired\", \"ImportedAtUtc\") "
        + "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9) RETURNING \"Id\"";

    /// <summary>Writes a new article and returns its id.</summary>
    public static Task<int> InsertAsync(RowWriter rows, ArticleFile file, ExtractedArticle extracted, DateTime now, CancellationToken cancellationToken) =>
        rows.InsertAsync(
            InsertSql,
            cancellationToken,
            file.FileName,
            file.ContentHash,
            extracted.Title,
            file.Meta?.Publisher,
            file.Meta?.SourceUrl,
            extracted.ReferenceDate,
            extracted.OriginalText,
            extracted.Text,
            extracted.Mojibake,
            now);

    /// <summary>Sets a stored (tracked) article to what its new version says.</summary>
    public static void Describe(Article article, ArticleFile file, ExtractedArticle extracted, DateTime now)
    {
        article.ContentHash = file.ContentHash;
        article.Title = extracted.Title;
        article.Publisher = file.Meta?.Publisher;
        article.SourceUrl = file.Meta?.SourceUrl;
        article.PublishedOn = extracted.ReferenceDate;
        article.OriginalText = extracted.OriginalText;
        article.NormalisedText = extracted.Text;
        article.EncodingRepaired = extracted.Mojibake;
        article.ImportedAtUtc = now;
    }
}
