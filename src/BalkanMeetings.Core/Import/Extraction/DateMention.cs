using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Import.Extraction;

public enum DateMentionKind
{
    /// <summary>A full date, or a month and year: <c>16 December 2024</c>, <c>March 2025</c>.</summary>
    Absolute,

    /// <summary>A day and month without a year: <c>on March 3</c>.</summary>
    DayMonth,

    /// <summary>A weekday: <c>on Tuesday</c>.</summary>
    Weekday,

    /// <summary><c>today</c>, <c>this morning</c>.</summary>
    Today,

    /// <summary><c>yesterday</c>.</summary>
    Yesterday,

    /// <summary><c>tomorrow</c>.</summary>
    Tomorrow,
}

/// <summary>A date phrase found in the text. <see cref="Value"/> is null until a relative phrase is resolved.</summary>
public sealed record DateMention(int Start, int End, DateMentionKind Kind, DateOnly? Value, DatePrecision Precision, DayOfWeek? Weekday, int Month, int Day);
