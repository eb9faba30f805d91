using System.Text.RegularExpressions;
using BalkanMeetings.Core.Import.Blocks;
using BalkanMeetings.Core.Import.Extraction.Temporal;

namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// Cuts the article into the parts an encounter cannot run across: a section under each heading, and a row for each
/// entry that opens with its own date, time or place (<c>2017/06/12 — Brussels.</c>, <c>Skopje, Aug 26: met …</c>,
/// <c>• NATO Headquarters — …</c>, <c>13:40 — …</c>). A dated heading (<c>Tue 15 Apr</c>) dates its section; a post
/// stamp (<c>@BalkanDefWatch · Sep 9, 2025</c>) anchors it. See docs/import.md#segments.
/// </summary>
public sealed partial class DiscourseUnitRule : IExtractionRule
{
    private const int LeadLength = 70;
    private const int LeadWords = 8;

    public void Apply(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The header lines date and place the article (DatelineRule); its first paragraph is prose, not an entry.
        var zone = DatelineRule.HeaderZone(context);
        var header = zone.Where(h => !h.IsLead).Select(h => h.Block).ToHashSet();
        var firstParagraph = zone.FirstOrDefault(h => h.IsLead && IsDateline(context, h.Block)).Block;
        var anchor = context.Anchor;
        DateExpression? sectionDate = null;
        var starts = new List<DiscourseUnit> { new(0, 0, UnitKind.Section, null, null, null, null, anchor) };
        foreach (var block in context.Document.Blocks)
        {
            if (header.Contains(block))
            {
                continue;
            }

            var text = context.Slice(block.Start, block.End);
            // A question as a heading ("What set things off?") goes on with the same story.
            if (context.IsHeading(block) && !context.Slice(block.Start, block.End).TrimEnd().EndsWith('?'))
            {
                var date = DatesIn(context, block.Start, block.End).FirstOrDefault();
                if (date is not null && StampRegex().IsMatch(text))
                {
                    anchor = date.Value is { } stamp ? new DateAnchor(stamp, "post stamp", date.Span) : anchor;
                    date = null;
                }

                sectionDate = date;

                // "Belgrade: the hardest conversation": a heading that opens with a city places its section.
                var place = Lead(context, block)?.Place;
                starts.Add(new DiscourseUnit(block.Start, 0, UnitKind.Section, date, place, null, null, anchor));
                continue;
            }

            if (block != firstParagraph && Lead(context, block) is { } lead)
            {
                starts.Add(new DiscourseUnit(block.Start, 0, UnitKind.Row, lead.Date ?? sectionDate, lead.Place, lead.Venue?.Venue, lead.Venue?.Span, anchor));
            }
        }

        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1].Start : context.Text.Length;
            if (end > starts[k].Start || k == 0)
            {
                context.Units.Add(starts[k] with { End = Math.Max(end, starts[k].Start) });
            }
        }
    }

    private sealed record BlockLead(DateExpression? Date, PlaceMention? Place, PlaceCandidate? Venue);

    // The words before an entry's separator, when they are only a date, a clock time, a place or a venue, and the
    // short place-only sentence that may follow them ("2017/06/12 — Brussels, Kingdom of Belgium.").
    private static BlockLead? Lead(ArticleContext context, TextBlock block)
    {
        var text = context.Slice(block.Start, block.End);
        var start = block.Start + BulletRegex().Match(text).Length;
        var window = context.Slice(start, Math.Min(block.End, start + LeadLength));
        var separator = SeparatorRegex().Matches(window).LastOrDefault();
        if (separator is null)
        {
            return null;
        }

        var end = start + separator.Index;
        var firstToken = context.TokenAt(start);
        var endToken = context.TokenAt(end);
        if (endToken - firstToken > LeadWords)
        {
            return null;
        }

        var date = DatesIn(context, start, end).FirstOrDefault();
        var place = TextOrder.Between(context.Places, start, end, p => p.Start).FirstOrDefault(p => p.End <= end);
        var venue = Enumerable.Range(firstToken, endToken - firstToken).Select(t => Places.Headquarters(context, t, endToken)).OfType<PlaceCandidate>().FirstOrDefault();
        var isTime = ClockRegex().IsMatch(context.Slice(start, end));
        if (date is null && place is null && venue is null && !isTime)
        {
            return null;
        }

        if (place is null && venue is null)
        {
            var after = start + separator.Index + separator.Length;
            var sentence = context.SentenceAt(after);
            if (sentence is not null && sentence.EndToken - context.TokenAt(after) <= LeadWords / 2 + 2)
            {
                place = TextOrder.Between(context.Places, after, sentence.End, p => p.Start).FirstOrDefault();
            }
        }

        return new BlockLead(date, place, venue);
    }

    private static bool IsDateline(ArticleContext context, TextBlock block) =>
        context.DatelinePlace is { } place && place.Span.Start >= block.Start && place.Span.End <= block.End
        || context.Anchor?.Span is { } anchor && anchor.Start >= block.Start && anchor.End <= block.End;

    private static IEnumerable<DateExpression> DatesIn(ArticleContext context, int start, int end) =>
        TextOrder.Between(context.Dates, start, end, d => d.Start).Where(d => d.End <= end && !d.IsBareYear);

    // A post's stamp line: an account handle, or a publishing word beside the date.
    [GeneratedRegex(@"@\w|\b(?:posted|published|updated|compiled|filed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StampRegex();

    // "•", "-", "2/5", "3." or "1 |" before an entry.
    [GeneratedRegex(@"^\s*(?:[•·*▪◦‣-]\s*|[0-9]{1,2}/[0-9]{1,2}\s+|[0-9]{1,2}[.)]\s+|[0-9]{1,2}\s+\|\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex BulletRegex();

    [GeneratedRegex(@"\s[—–-]+\s|:\s|\s\|\s|\s[—–]|[—–]\s", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorRegex();

    [GeneratedRegex(@"^\s*[0-2]?[0-9]:[0-5][0-9]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClockRegex();
}
