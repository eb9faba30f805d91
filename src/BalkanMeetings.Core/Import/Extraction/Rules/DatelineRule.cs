using System.Text.RegularExpressions;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import.Blocks;
using BalkanMeetings.Core.Import.Extraction.Temporal;

namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// The article's own date and place: a sidecar's publication date, else the most precise date of the header lines
/// (<c>Kosovo | Security | 21/09/2021</c>, <c>covering 26 April – 2 May 2021</c>) or of a wire dateline
/// (<c>PODGORICA, June 11, 2015 (WBN) --</c>, <c>BRUSSELS, Dec 6 (WBN)</c> with the year from the header); the place
/// a dateline or header line opens with (<c>SKOPJE –</c>, <c>| NATO Headquarters</c>). See docs/import.md#dateline.
/// </summary>
public sealed partial class DatelineRule : IExtractionRule
{
    private const int HeaderBlocks = 6;
    private const int ShortLine = 160;

    public void Apply(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var header = HeaderZone(context);
        DateExpression? best = null;
        var yearless = new List<DateExpression>();
        foreach (var (block, isLead) in header)
        {
            foreach (var date in context.Dates.Where(d => d.Start >= block.Start && d.End <= block.End))
            {
                if (isLead && !LeadIn().IsMatch(context.Slice(block.Start, date.Start)) && !Published().IsMatch(context.Slice(Math.Max(block.Start, date.Start - 40), date.Start)))
                {
                    continue;
                }

                if (date.Value is { } value && Rank(value) > (best?.Value is { } held ? Rank(held) : 0))
                {
                    best = date;
                }
                else if (isLead && date.Kind == DateExpressionKind.Yearless && date.Day > 0)
                {
                    yearless.Add(date);
                }
            }

            context.DatelinePlace ??= PlaceOf(context, block, isLead);
        }

        var anchor = best is { Value: { } found } ? new DateAnchor(found, "header", best.Span) : null;

        // A wire dateline without a year ("BRUSSELS, Dec 6 (WBN)") is a day inside the header's date.
        if (anchor is not null && yearless.Select(y => DateResolver.Resolve(y, anchor, TimeDirection.Past)).FirstOrDefault(y => y.Value is { IsSingleDay: true }) is { } dateline
            && !anchor.Value.IsSingleDay)
        {
            anchor = new DateAnchor(dateline.Value!.Value, "dateline", dateline.Span);
        }

        if (context.Meta?.Published is { } published)
        {
            anchor = new DateAnchor(DateValue.Day(published), "sidecar", null);
        }

        context.Anchor = anchor;
        if (anchor is not null)
        {
            context.Trace.Add(nameof(DatelineRule), null, "anchor", anchor.Describe(), anchor.Span);
        }

        if (context.DatelinePlace is { } place)
        {
            context.Trace.Add(nameof(DatelineRule), null, "dateline place", place.City, place.Span);
        }
    }

    /// <summary>The header lines before the first paragraph of prose, and that paragraph as the possible dateline.</summary>
    public static List<(TextBlock Block, bool IsLead)> HeaderZone(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var zone = new List<(TextBlock, bool)>();
        foreach (var block in context.Document.Blocks.Take(HeaderBlocks))
        {
            var isLead = !IsHeaderLine(context, block);
            zone.Add((block, isLead));
            if (isLead)
            {
                break;
            }
        }

        return zone;
    }

    // Short lines that are not a sentence: "Kosovo | Security | 21/09/2021", "05.11.2025.", "14–18 April 2025", a
    // framed masthead of several lines.
    internal static bool IsHeaderLine(ArticleContext context, TextBlock block)
    {
        var line = context.Slice(block.Start, block.End).Trim();
        return line.Split('\n').Max(l => l.Trim().Length) <= ShortLine
            && (line[^1] is not ('.' or '!' or '?') || context.TokenAt(block.End) - context.TokenAt(block.Start) <= 3);
    }

    // A single day beats a run of days, which beats a month, which beats a year.
    private static int Rank(DateValue value) => value.Precision switch
    {
        DatePrecision.Day => value.IsSingleDay ? 4 : 3,
        DatePrecision.Month => 2,
        DatePrecision.Year => 1,
        _ => 0,
    };

    private static PlaceCandidate? PlaceOf(ArticleContext context, TextBlock block, bool isLead)
    {
        var line = context.Slice(block.Start, block.End);
        var indent = line.Length - line.TrimStart().Length;
        var place = context.Places.FirstOrDefault(p => p.Start == block.Start + indent);
        if (place is not null && block.Kind != BlockKind.Title)
        {
            var after = context.Slice(place.End, Math.Min(block.End, place.End + 3));
            if (IsUpperCase(context.Slice(place.Span)) || Separator().IsMatch(after))
            {
                return new PlaceCandidate(place.Place.City, place.Span, null, 0);
            }
        }

        // A header line naming the venue: "29 Jan. 2020 | NATO Headquarters".
        if (!isLead && block.Kind != BlockKind.Title && HeadquartersLine().Match(line) is { Success: true } venue)
        {
            var span = new TextSpan(block.Start + venue.Groups["hq"].Index, block.Start + venue.Groups["hq"].Index + venue.Groups["hq"].Length);
            return new PlaceCandidate(Places.NatoHeadquartersCity, span, Places.NatoHeadquartersVenue, 0);
        }

        return null;
    }

    private static bool IsUpperCase(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    // Words before a dateline's date: the city and a comma, nothing else; a date alone opens a timeline entry.
    [GeneratedRegex(@"^\s*[\p{Lu}][\p{L}.'’ -]*,\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();

    // "edition of Thursday, 16 November 2017", "published on 3 May": the article's own date wherever it is said.
    [GeneratedRegex(@"\b(?:edition|issue)\s+of\s*$|\b(?:published|posted|dated|updated|filed)(?:\s+on)?\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Published();

    [GeneratedRegex(@"^\s*[,|–—-]", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"[|·]\s*(?<hq>NATO\s+(?:Headquarters|HQ))\s*(?:[|·]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadquartersLine();
}
