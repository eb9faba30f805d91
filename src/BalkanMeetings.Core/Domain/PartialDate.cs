using System.Globalization;

namespace BalkanMeetings.Core.Domain;

/// <summary>A date known to a day, a month or a year: stored as its first day plus a <see cref="DatePrecision"/>.</summary>
public static class PartialDate
{
    /// <summary><c>2024-12-16</c>, <c>2021-05</c>, <c>2019</c>, or null when the date is unknown.</summary>
    public static string? Iso(DateOnly? date, DatePrecision precision) => date is not { } value ? null : precision switch
    {
        DatePrecision.Day => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => value.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => value.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>The first and last day the date may stand for, or null when it is unknown.</summary>
    public static (DateOnly From, DateOnly To)? Period(DateOnly? date, DatePrecision precision) => date is not { } value ? null : precision switch
    {
        DatePrecision.Day => (value, value),
        DatePrecision.Month => (value, value.AddMonths(1).AddDays(-1)),
        DatePrecision.Year => (value, value.AddYears(1).AddDays(-1)),
        _ => null,
    };

    /// <summary>Reads <c>2024-12-16</c>, <c>2021-05</c> or <c>2019</c>; blank text is an unknown date.</summary>
    public static bool TryParse(string? text, out DateOnly? date, out DatePrecision precision)
    {
        (date, precision) = (null, DatePrecision.Unknown);
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return true;
        }

        foreach (var (format, formatPrecision) in Formats)
        {
            if (DateOnly.TryParseExact(trimmed, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
            {
                (date, precision) = (value, formatPrecision);
                return true;
            }
        }

        return false;
    }

    private static readonly (string Format, DatePrecision Precision)[] Formats =
        [("yyyy-MM-dd", DatePrecision.Day), ("yyyy-MM", DatePrecision.Month), ("yyyy", DatePrecision.Year)];
}
