using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import.Extraction;

namespace BalkanMeetings.Core.Import.Store;

/// <summary>The article's own row: its text, hash and source details.</summary>
internal static class ArticleRow
{
    private const string InsertSql =
        "INSERT INTO \"Articles\" (\"FileName\", \"ContentHash\", \"Title\", \"Publisher\", \"SourceUrl\", \"PublishedOn\", \"Byline\", \"Language\", \"OriginalText\", \"NormalisedText\", \"EncodingRepaired\", \"ImportedAtUtc\") "
        + "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11) RETURNING \"Id\"";

    /// <summary>Writes a new article and returns its id.</summary>
    public static Task<int> InsertAsync(RowWriter rows, ArticleFile file, ExtractedArticle extracted, DateTime now, CancellationToken cancellationToken) =>
        rows.InsertAsync(
            InsertSql,
            cancellationToken,
            file.FileName,
            file.ContentHash,
            extracted.Title,
            extracted.Source.Outlet,
            extracted.Source.Url,
            extracted.ReferenceDate,
            extracted.Source.Byline,
            extracted.Source.Language,
            extracted.OriginalText,
            extracted.Text,
            extracted.Mojibake,
            now);

    /// <summary>Sets a stored (tracked) article to what its new version says.</summary>
    public static void Describe(Article article, ArticleFile file, ExtractedArticle extracted, DateTime now)
    {
        article.ContentHash = file.ContentHash;
        article.Title = extracted.Title;
        article.Publisher = extracted.Source.Outlet;
        article.SourceUrl = extracted.Source.Url;
        article.PublishedOn = extracted.ReferenceDate;
        article.Byline = extracted.Source.Byline;
        article.Language = extracted.Source.Language;
        article.OriginalText = extracted.OriginalText;
        article.NormalisedText = extracted.Text;
        article.EncodingRepaired = extracted.Mojibake;
        article.ImportedAtUtc = now;
    }
}
