using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import.Blocks;
using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>
/// Runs the extraction steps over one normalised article: people and offices, meetings, tables, topics,
/// quotes, then the checks against the reference data. See docs/import.md.
/// </summary>
public sealed class ArticleExtractor(ReferenceIndex reference)
{
    public ExtractedArticle Extract(string fileName, string originalText, string normalisedText, int encodingRepairs, ArticleMeta? meta)
    {
        ArgumentNullException.ThrowIfNull(normalisedText);
        var article = new ArticleText(normalisedText, reference);
        var dateline = Dateline.Find(article);
        var referenceDate = meta?.Published ?? dateline.Date?.Value;
        var (people, roles, unattached) = PeopleFinder.Find(article);

        var flags = new List<ExtractedFlag>();
        var meetings = new MeetingReader(article, dateline, referenceDate, people, unattached).Read(flags);
        FactChecker.Check(reference, meetings, flags);
        if (encodingRepairs > 0)
        {
            flags.Add(new ExtractedFlag(
                FlagKind.RepairedEncoding,
                FlagSeverity.Info,
                $"The text was UTF-8 read as windows-1252; {encodingRepairs} character(s) were repaired.",
                null,
                null,
                "Text",
                null,
                null));
        }

        var (initiatives, otherTables) = TableReader.Read(article.Document);
        return new ExtractedArticle(
            fileName,
            originalText,
            normalisedText,
            meta?.Title ?? TitleOf(article),
            referenceDate,
            encodingRepairs > 0,
            meetings,
            TopicReader.Read(article),
            initiatives,
            otherTables,
            QuoteReader.Read(article, people, roles),
            flags);
    }

    private static string? TitleOf(ArticleText article)
    {
        var block = article.Document.Blocks.FirstOrDefault(b => b.Kind is BlockKind.Title or BlockKind.Heading);
        return block is null ? null : article.Slice(block.Start, block.End).Trim();
    }
}
