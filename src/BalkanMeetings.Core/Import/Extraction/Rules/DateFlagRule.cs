using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// Raises the doubts about dates: none found (MissingDate), two given for one meeting (ConflictingDates), several
/// summits fitting the clues (AmbiguousDate). See docs/import.md#review-flags.
/// </summary>
public sealed class DateFlagRule : IExtractionRule
{
    public void Apply(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var meeting in context.Meetings)
        {
            if (meeting.ConflictingDate is { Value: { } other } conflicting && meeting.Date is { } date)
            {
                context.Raise(FlagKind.ConflictingDates, FlagSeverity.Warning, $"The article dates this meeting {date} and also {other}.", meeting, null, "Date", context.Slice(conflicting.Span), null);
            }

            if (meeting.Date is null && meeting.AmbiguousSummits is { } summits)
            {
                context.Raise(FlagKind.AmbiguousDate, FlagSeverity.Warning, $"Several NATO summits fit the article's date clues: {summits}.", meeting, null, "Date", meeting.DateSpan is { } span ? context.Slice(span) : null, null);
            }

            if (meeting.Date is null)
            {
                context.Raise(FlagKind.MissingDate, FlagSeverity.Warning, "The article gives no date for this meeting.", meeting, null, "Date", null, null);
            }
        }
    }
}
