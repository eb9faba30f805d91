using BalkanMeetings.Core.Import.Extraction.Temporal;

namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>
/// Which date phrase of a sentence dates its encounter: never a bare year, a possessive (<c>Wednesday's meeting</c>),
/// a date tied to another event (<c>the summit on 14 June</c>, <c>since July</c>) or, in a report, a day after the
/// article's own; of the rest, the one nearest the meeting word, a single day before a run of days. See
/// docs/import.md#encounter-dates.
/// </summary>
internal static class EventDates
{
    private const int EventWindow = 4;

    private const int SinceWindow = 8;

    public static DateExpression? Choose(ArticleContext context, SentenceReading reading, IReadOnlyList<TextSpan> quotes)
    {
        var sentence = reading.Sentence;
        if (NextToOtherDay(context, sentence, quotes) is { } shifted)
        {
            return shifted;
        }

        // The first of the best in text order, by a loop: this runs for every sentence.
        var cue = reading.CueToken >= 0 ? reading.CueToken : sentence.FirstToken;
        DateExpression? best = null;
        for (var k = TextOrder.FirstAtOrAfter(context.Dates, sentence.Start, d => d.Start); k < context.Dates.Count && context.Dates[k].Start < sentence.End; k++)
        {
            var date = context.Dates[k];
            if (TextOrder.Enclosing(quotes, date.Start, date.End) is null && IsEventDate(context, reading, date)
                && (best is null || Rank(context, cue, date).CompareTo(Rank(context, cue, best)) < 0))
            {
                best = date;
            }
        }

        return best;
    }

    // Lower first: a resolved date before an unresolved one, a day before the day after another, a single day before a
    // run of days, the finer before the coarser, the nearer the meeting word before the farther.
    private static (bool, bool, bool, int, int) Rank(ArticleContext context, int cue, DateExpression d) => (
        d.Value is null && d.Kind != DateExpressionKind.FollowingDay,
        d.Kind == DateExpressionKind.FollowingDay,
        d.Value is { IsRange: true } || d.IsRange,
        -(int)(d.Value?.Precision ?? Domain.DatePrecision.Day),
        Math.Abs(context.TokenAt(d.Start) - cue));

    // "the morning after parliament voted in his cabinet on May 31": the day next to the date another event gives.
    private static DateExpression? NextToOtherDay(ArticleContext context, Sentence sentence, IReadOnlyList<TextSpan> quotes)
    {
        for (var t = sentence.FirstToken + 2; t < sentence.EndToken; t++)
        {
            var word = context.WordAt(t);
            if (word is not ("after" or "before") || context.WordAt(t - 2) != "the" || !Vocabulary.DayParts.Contains(context.WordAt(t - 1)))
            {
                continue;
            }

            var date = TextOrder.Between(context.Dates, sentence.Start, sentence.End, d => d.Start).FirstOrDefault(d => context.TokenAt(d.Start) - t is > 0 and <= EventWindow * 3
                && d.Value is { IsSingleDay: true } && TextOrder.Enclosing(quotes, d.Start, d.End) is null);
            if (date is not null)
            {
                var day = date.Value!.Value.From.AddDays(word == "after" ? 1 : -1);
                return date with { Kind = DateExpressionKind.RelativeDay, Value = DateValue.Day(day), Anchor = $"the {context.WordAt(t - 1)} {word} {date.Value}" };
            }
        }

        return null;
    }

    /// <summary>True when the phrase could date an encounter the sentence reports.</summary>
    public static bool IsEventDate(ArticleContext context, SentenceReading reading, DateExpression date)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(date);
        // A year is background, whatever words give it ("in 2008", "last year").
        if (date.IsBareYear || date.IsPossessive || date.Value is { Precision: Domain.DatePrecision.Year })
        {
            return false;
        }

        var first = context.TokenAt(date.Start);
        for (var t = first - 1; t >= Math.Max(reading.Sentence.FirstToken, first - EventWindow); t--)
        {
            // "since taking office in March", "the summit on 14 June": the date of something else.
            if (Vocabulary.OtherEvents.Contains(context.WordAt(t)) || (first - t <= 3 && Vocabulary.BoundaryWords.Contains(context.WordAt(t))))
            {
                return false;
            }

            if (Vocabulary.MeetingWords.Contains(context.WordAt(t)))
            {
                break;
            }
        }

        // "since the violence in the parliament building last April": the start of a state of things.
        for (var t = first - 1; t >= Math.Max(reading.Sentence.FirstToken, first - SinceWindow); t--)
        {
            if (context.WordAt(t) == "since")
            {
                return false;
            }
        }

        // A report speaks of what has happened: a later day belongs to something still to come.
        return reading.IsFuture || date.Value is not { } value || context.UnitAt(date.Start).Anchor is not { Value: { IsSingleDay: true } anchor }
            || value.From <= anchor.To;
    }
}
