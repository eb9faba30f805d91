namespace BalkanMeetings.Core.Import.Extraction.Temporal;

public enum DateExpressionKind
{
    /// <summary>Carries its own year: <c>16 December 2024</c>, <c>2–4 April 2008</c>, <c>March 2025</c>, <c>2008</c>.</summary>
    Calendar,

    /// <summary>A day, days or a month without a year: <c>Aug 26</c>, <c>2–3 June</c>, <c>at the end of October</c>.</summary>
    Yearless,

    /// <summary>A day of the anchor's month: <c>on the 14th</c>, <c>Wednesday 21st</c>, <c>the 21st inst.</c></summary>
    DayOfMonth,

    /// <summary>A weekday: <c>on Tuesday</c>, <c>last Tuesday</c>, <c>Tue</c> in a diary.</summary>
    Weekday,

    /// <summary>A day counted from the anchor: <c>today</c>, <c>earlier today</c>, <c>yesterday</c>, <c>tomorrow</c>.</summary>
    RelativeDay,

    /// <summary>A week, month or year counted from the anchor: <c>last week</c>, <c>next month</c>.</summary>
    RelativePeriod,

    /// <summary>A day counted from the encounter reported before: <c>the next day</c>, <c>the following day</c>.</summary>
    FollowingDay,
}

public enum PeriodUnit
{
    Week,
    Month,
    Year,
}

/// <summary>
/// A date phrase of the article, as the temporal tagger read it (docs/import.md#temporal). Calendar phrases carry their
/// <see cref="Value"/> from the start; the others get it when resolved against an anchor, named in <see cref="Anchor"/>.
/// </summary>
public sealed record DateExpression(TextSpan Span, DateExpressionKind Kind, string Pattern)
{
    public int? Year { get; init; }

    /// <summary>The month, 0 when the phrase names none (weekdays, relative phrases).</summary>
    public int Month { get; init; }

    /// <summary>The day, 0 for a month or a year.</summary>
    public int Day { get; init; }

    /// <summary>The last month and day of a run of days (<c>26 April – 2 May</c>), 0 when it is one date.</summary>
    public int EndMonth { get; init; }

    public int EndDay { get; init; }

    public DayOfWeek? Weekday { get; init; }

    /// <summary>Days (relative days), periods (relative periods) or weeks (<c>last</c>/<c>next</c> weekday) from the anchor.</summary>
    public int Offset { get; init; }

    public PeriodUnit Unit { get; init; }

    /// <summary><c>Wednesday's meeting</c>, <c>yesterday's decision</c>: the date belongs to the thing named after it.</summary>
    public bool IsPossessive { get; init; }

    /// <summary>A year alone (<c>in 2008</c>): background, never a meeting's date (docs/import.md#dates).</summary>
    public bool IsBareYear { get; init; }

    public DateValue? Value { get; init; }

    /// <summary>The days a phrase covers when its <see cref="Value"/> is coarser: <c>next week</c> is a month but seven days.</summary>
    public DateValue? Extent { get; init; }

    /// <summary>The days the phrase may stand for, for telling whether two dates can be one encounter's.</summary>
    public DateValue? Days => Extent ?? Value;

    /// <summary>What resolved a relative phrase: <c>dateline 2018-12-06</c>, <c>post stamp 2025-09-09</c>.</summary>
    public string? Anchor { get; init; }

    public bool IsRange => EndDay > 0;

    public int Start => Span.Start;

    public int End => Span.End;
}
