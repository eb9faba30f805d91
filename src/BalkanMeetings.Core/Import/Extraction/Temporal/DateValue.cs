using System.Globalization;
using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Import.Extraction.Temporal;

/// <summary>
/// What a date expression stands for: a day, a run of days, a month or a year, as the first and last day it may be.
/// </summary>
public readonly record struct DateValue(DateOnly From, DateOnly To, DatePrecision Precision)
{
    public static DateValue Day(DateOnly day) => new(day, day, DatePrecision.Day);

    public static DateValue Days(DateOnly from, DateOnly to) => new(from, to, DatePrecision.Day);

    public static DateValue Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), DatePrecision.Month);

    public static DateValue Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);

    /// <summary>The most precise date that covers every day from..to: the day, the month or the year they share.</summary>
    public static DateValue? Covering(DateOnly from, DateOnly to) =>
        from == to ? Day(from)
        : from.Year == to.Year && from.Month == to.Month ? Month(from.Year, from.Month)
        : from.Year == to.Year ? Year(from.Year)
        : null;

    /// <summary>One day, not a run of days.</summary>
    public bool IsSingleDay => Precision == DatePrecision.Day && From == To;

    public bool IsRange => Precision == DatePrecision.Day && From != To;

    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>True when the two could be the same date: a day inside the other's month, equal days.</summary>
    public bool Overlaps(DateValue other) => From <= other.To && other.From <= To;

    public override string ToString() => Precision switch
    {
        DatePrecision.Day when From == To => From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}"),
        DatePrecision.Month => From.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => From.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => "unknown",
    };
}
