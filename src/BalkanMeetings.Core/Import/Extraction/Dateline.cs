using System.Text.RegularExpressions;
using BalkanMeetings.Core.Import.Blocks;

namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>
/// The article's own place and date, from a wire dateline (<c>PODGORICA, June 11, 2015 (WBN) --</c>,
/// <c>NEW YORK –</c>) or a header line (<c>Kosovo | Security | 21/09/2021</c>). See docs/import.md#dateline.
/// </summary>
public sealed partial record Dateline(DateMention? Date, PlaceMention? Place)
{
    private const int HeaderBlocks = 5;
    private const int ShortLine = 100;

    public static Dateline Find(ArticleText article)
    {
        ArgumentNullException.ThrowIfNull(article);
        DateMention? date = null;
        PlaceMention? place = null;
        foreach (var block in article.Document.Blocks.Take(HeaderBlocks))
        {
            var line = article.Text[block.Start..block.End];
            date ??= article.Dates.FirstOrDefault(d =>
                d.Start >= block.Start && d.End <= block.End && d.Kind == DateMentionKind.Absolute && d.Precision == Domain.DatePrecision.Day
                && (IsHeaderLine(line) || LeadIn().IsMatch(article.Text[block.Start..d.Start])));
            place ??= article.Places.FirstOrDefault(p =>
                p.Start == block.Start + (line.Length - line.TrimStart().Length)
                && block.Kind != BlockKind.Title
                && (IsUpperCase(article.Text[p.Start..p.End]) || PlaceThenDate().IsMatch(article.Text[p.End..Math.Min(block.End, p.End + 3)])));

            // The header ends with the first paragraph of prose.
            if (line.Length > ShortLine)
            {
                break;
            }
        }

        return new Dateline(date, place);
    }

    // A short line that is not a sentence: "Kosovo | Security | 21/09/2021", "BRUSSELS, 20 June 2017 – NATO Newsroom".
    private static bool IsHeaderLine(string line)
    {
        var trimmed = line.TrimEnd();
        return trimmed.Length <= ShortLine && !trimmed.EndsWith('.');
    }

    private static bool IsUpperCase(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    // Words before a dateline's date: the city and a comma, nothing else.
    [GeneratedRegex(@"^\s*(?:[\p{Lu}][\p{L}.'’ -]*,\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"^\s*,", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceThenDate();
}
