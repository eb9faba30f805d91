using System.Text.RegularExpressions;
using BalkanMeetings.Core.Import.Extraction.Temporal;

namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// <c>preparations for next month's NATO Summit</c>, <c>the NATO Summit in June</c>: the summit table, the terms of the
/// offices the article gives the people at the encounter, and the summit's agenda themes narrow the month down. One
/// summit left gives the month (the month before it for <c>next month's</c>); several leave the date open. See
/// docs/import.md#summit-dates.
/// </summary>
internal static partial class SummitClue
{
    public static (DateValue Value, TextSpan Span)? Date(ArticleContext context, MeetingDraft meeting)
    {
        var nextMonth = NextMonthsSummit().Match(context.Text);
        var inMonth = SummitInMonth().Match(context.Text);
        if (!nextMonth.Success && !inMonth.Success)
        {
            return null;
        }

        var summitMonth = inMonth.Success ? DateTagger.MonthNumber(inMonth.Groups["month"].Value) : 0;
        var candidates = context.Reference.Set.Summits.Where(s => summitMonth == 0 || s.Start.Month == summitMonth).ToList();
        foreach (var party in meeting.Encounters.SelectMany(e => e.Parties).Where(p => p.Source == PartySource.Named && p.Person!.IsKnown))
        {
            var office = party.Office ?? party.Person!.Office;
            if (office is null)
            {
                continue;
            }

            var organization = Organisation.OfPerson(context, party.Person!, office);
            var terms = context.Reference.OfficesOf(party.Person!.Name).Where(o => o.Title == office.Title && o.Organization == organization).ToList();
            if (terms.Count > 0)
            {
                candidates = candidates.Where(s => terms.Any(o => o.Covers(s.Start.AddMonths(-1), s.Start.AddMonths(-1)))).ToList();
            }
        }

        var themed = candidates.Where(s => s.Themes.Any(theme => context.Text.Contains(theme, StringComparison.OrdinalIgnoreCase))).ToList();
        if (themed.Count > 0)
        {
            candidates = themed;
        }

        var evidence = nextMonth.Success ? nextMonth : inMonth;
        var span = new TextSpan(evidence.Index, evidence.Index + evidence.Length);
        if (candidates.Count != 1)
        {
            if (candidates.Count > 1)
            {
                meeting.AmbiguousSummits = string.Join(", ", candidates.Select(s => $"{s.Name} {DateValue.Day(s.Start)}"));
                meeting.DateSpan = span;
            }

            return null;
        }

        var month = nextMonth.Success ? candidates[0].Start.AddMonths(-1) : candidates[0].Start;
        return (DateValue.Month(month.Year, month.Month), span);
    }

    [GeneratedRegex(@"\bnext month['’]?s\s+(?:NATO\s+|Alliance\s+)?summit\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NextMonthsSummit();

    [GeneratedRegex(@"\bsummit\s+in\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SummitInMonth();
}
