using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import.Extraction.Temporal;

namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// Settles each encounter's date: the date its sentences give; else its part's lead date (a dated row or heading);
/// else the article's own date, for the encounter the article reports; else a summit clue (month only). A run of
/// days becomes the month or year it lies in. See docs/import.md#meeting-dates.
/// </summary>
public sealed class MeetingDateRule : IExtractionRule
{
    public void Apply(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var meeting in context.Meetings)
        {
            var rule = meeting.DateEvidence is { } stated
                ? stated.Anchor is { } anchorUsed ? $"{stated.Kind.ToString().ToLowerInvariant()} against {anchorUsed}" : stated.Pattern
                : nameof(SegmentationRule);
            if (meeting.Date is null && meeting.Unit.LeadDate is { Value: { } lead } leadDate)
            {
                (meeting.Date, meeting.DateEvidence, rule) = (lead, leadDate, "lead date of its part");
            }

            if (meeting.Date is null && meeting.Unit.Kind == UnitKind.Section && context.Anchor is { Value.IsSingleDay: true } anchor && !meeting.Opening.IsProspective)
            {
                (meeting.Date, meeting.DateSpan, rule) = (anchor.Value, anchor.Span, "the article's own date");
            }

            if (meeting.Date is null && SummitClue.Date(context, meeting) is { } month)
            {
                (meeting.Date, meeting.DateSpan, rule) = (month.Value, month.Span, "summit clue");
            }

            if (meeting.Date is { IsRange: true } range)
            {
                meeting.Date = DateValue.Covering(range.From, range.To);
            }

            if (meeting.DateEvidence is { } evidence)
            {
                meeting.DateSpan = evidence.Span;
                meeting.DateOrigin = evidence.Kind == DateExpressionKind.Calendar ? ValueOrigin.Stated : ValueOrigin.Inferred;
            }

            if (meeting.Date is { } date)
            {
                context.Trace.Add(rule, meeting, "date", date.ToString(), meeting.DateSpan);
            }
        }
    }
}
