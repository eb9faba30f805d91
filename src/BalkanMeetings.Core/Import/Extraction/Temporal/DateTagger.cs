using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace BalkanMeetings.Core.Import.Extraction.Temporal;

/// <summary>
/// Finds every date phrase of a text with its span and reads what it says, in the manner of rule-based temporal
/// taggers: patterns, then normalisation; anchoring is <see cref="DateResolver"/>'s. See docs/import.md#temporal.
/// </summary>
public static class DateTagger
{
    public static List<DateExpression> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new List<(DateExpression Expression, int Order)>();
        var possible = 0u;
        for (var p = 0; p < DatePatterns.All.Length; p++)
        {
            possible |= DatePatterns.All[p].CanMatch(text) ? 1u << p : 0;
        }

        // As Regex.Matches would for each pattern, but trying it only where it may begin: the first match at or after
        // the end of its last. The starts are read once for all patterns; the order candidates are found in does not
        // matter, as they are sorted by length and pattern, and each pattern's stay in text order.
        Span<int> from = stackalloc int[DatePatterns.All.Length];
        foreach (var (position, patterns) in DateStarts.Find(text))
        {
            for (var left = patterns & possible; left != 0; left &= left - 1)
            {
                var p = BitOperations.TrailingZeroCount(left);
                if (position < from[p])
                {
                    continue;
                }

                var match = DatePatterns.All[p].Regex.Match(text, position);
                if (!match.Success)
                {
                    continue;
                }

                from[p] = match.Index + match.Length;
                if (Read(DatePatterns.All[p].Name, match) is { } expression)
                {
                    candidates.Add((expression with { IsPossessive = IsPossessive(text, match.Index + match.Length) }, p));
                }
            }
        }

        // Longest first, then the earlier pattern; a phrase overlapping one already taken is part of it. The characters
        // taken are marked, so the check costs the phrase's length, not the number of phrases taken.
        var taken = new List<DateExpression>();
        var covered = new BitArray(text.Length);
        foreach (var (expression, _) in candidates.OrderByDescending(c => c.Expression.Span.Length).ThenBy(c => c.Order))
        {
            if (!IsCovered(covered, expression.Start, expression.End))
            {
                taken.Add(expression);
                for (var i = expression.Start; i < expression.End; i++)
                {
                    covered[i] = true;
                }
            }
        }

        taken.Sort((a, b) => a.Start.CompareTo(b.Start));
        return taken;
    }

    private static bool IsCovered(BitArray covered, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (covered[i])
            {
                return true;
            }
        }

        return false;
    }

    public static int MonthNumber(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.TrimEnd('.');
        for (var month = 1; month <= 12; month++)
        {
            var full = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
            if (full.Equals(key, StringComparison.OrdinalIgnoreCase) || (key.Length >= 3 && full.StartsWith(key, StringComparison.OrdinalIgnoreCase)))
            {
                return month;
            }
        }

        return 0;
    }

    public static DayOfWeek? WeekdayOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.TrimEnd('.');
        for (var day = 0; day < WeekdayNames.Length; day++)
        {
            if (key.Length >= 3 && WeekdayNames[day].StartsWith(key, StringComparison.OrdinalIgnoreCase))
            {
                return (DayOfWeek)day;
            }
        }

        return null;
    }

    // Asked for many capitalised words: the names once, not a string per day at each call.
    private static readonly string[] WeekdayNames = Enum.GetNames<DayOfWeek>();

    private static DateExpression? Read(string pattern, Match m)
    {
        // A month alone is read with its preposition ("until November") but spans only its own words.
        var span = m.Groups["phrase"].Success
            ? new TextSpan(m.Groups["phrase"].Index, m.Groups["phrase"].Index + m.Groups["phrase"].Length)
            : new TextSpan(m.Index, m.Index + m.Length);
        var year = m.Groups["y"].Success ? Number(m.Groups["y"].Value) : (int?)null;
        var kind = year is null ? DateExpressionKind.Yearless : DateExpressionKind.Calendar;
        var weekday = m.Groups["wd"].Success ? WeekdayOf(m.Groups["wd"].Value) : null;
        switch (pattern)
        {
            case "days across months":
                return Days(new DateExpression(span, kind, pattern) { Year = year, Month = MonthNumber(m.Groups["m1"].Value), Day = Number(m.Groups["d1"].Value), EndMonth = MonthNumber(m.Groups["m2"].Value), EndDay = Number(m.Groups["d2"].Value) });
            case "days" or "month days":
                var month = MonthNumber(m.Groups["m"].Value);
                var (first, last) = (Number(m.Groups["d1"].Value), Number(m.Groups["d2"].Value));
                return last <= first ? null : Days(new DateExpression(span, kind, pattern) { Year = year, Month = month, Day = first, EndMonth = month, EndDay = last });
            case "month day" or "day month":
                return Days(new DateExpression(span, kind, pattern) { Year = year, Month = MonthNumber(m.Groups["m"].Value), Day = Number(m.Groups["d"].Value), Weekday = weekday });
            case "day roman-month year":
                return Days(new DateExpression(span, kind, pattern) { Year = year, Month = RomanMonths.IndexOf(m.Groups["rm"].Value) + 1, Day = Number(m.Groups["d"].Value) });
            case "day of month":
                return new DateExpression(span, DateExpressionKind.DayOfMonth, pattern) { Day = Number(m.Groups["d"].Value), Weekday = weekday };
            case "relative month":
                var direction = m.Groups["mod"].Value.ToUpperInvariant() switch { "LAST" or "PAST" => -1, "NEXT" => 1, _ => 0 };
                return new DateExpression(span, DateExpressionKind.Yearless, pattern) { Month = MonthNumber(m.Groups["m"].Value), Offset = direction };
            case "year-month-day":
                return Days(new DateExpression(span, kind, pattern) { Year = year, Month = Number(m.Groups["m"].Value), Day = Number(m.Groups["d"].Value) });
            case "day.month.year":
                // Day first, as the region writes it, unless the numbers only make sense the other way round.
                var (a, b) = (Number(m.Groups["a"].Value), Number(m.Groups["b"].Value));
                var (day, numericMonth) = b > 12 && a <= 12 ? (b, a) : (a, b);
                return Days(new DateExpression(span, kind, pattern) { Year = year, Month = numericMonth, Day = day });
            case "month year":
                return Months(new DateExpression(span, kind, pattern) { Year = year, Month = MonthNumber(m.Groups["m"].Value) });
            case "month":
                return new DateExpression(span, DateExpressionKind.Yearless, pattern) { Month = MonthNumber(m.Groups["m"].Value) };
            case "year":
                var to = m.Groups["y2"].Success ? (m.Groups["y2"].Length == 2 ? (year!.Value / 100 * 100) + Number(m.Groups["y2"].Value) : Number(m.Groups["y2"].Value)) : year!.Value;
                return to < year ? null : new DateExpression(span, DateExpressionKind.Calendar, pattern)
                {
                    Year = year,
                    IsBareYear = true,
                    Value = new DateValue(new DateOnly(year!.Value, 1, 1), new DateOnly(to, 12, 31), Domain.DatePrecision.Year),
                };
            case "weekday" or "weekday in brackets":
                var offset = m.Groups["mod"].Value.ToUpperInvariant() switch { "LAST" or "PAST" => -1, "NEXT" => 1, _ => 0 };
                return new DateExpression(span, DateExpressionKind.Weekday, pattern) { Weekday = weekday, Offset = offset };
            case "relative day":
                return new DateExpression(span, DateExpressionKind.RelativeDay, pattern) { Offset = RelativeDayOffset(m.Groups["w"].Value) };
            case "days ago":
                return Ago(span, pattern, m.Groups["n"].Value, m.Groups["unit"].Value);
            case "relative period":
                var step = m.Groups["mod"].Value.ToUpperInvariant() switch { "LAST" or "PAST" or "PREVIOUS" => -1, "THIS" => 0, _ => 1 };
                return new DateExpression(span, DateExpressionKind.RelativePeriod, pattern) { Offset = step, Unit = Unit(m.Groups["unit"].Value) };
            case "end of the year":
                return new DateExpression(span, DateExpressionKind.RelativePeriod, pattern) { Unit = PeriodUnit.Year };
            default:
                return new DateExpression(span, DateExpressionKind.FollowingDay, pattern) { Offset = m.Groups["next"].Success || m.Groups["after"].Success ? 1 : -1 };
        }
    }

    private static readonly List<string> RomanMonths = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    private static DateExpression? Days(DateExpression e)
    {
        if (e.Month is < 1 or > 12 || e.Day < 1 || e.Day > 31 || (e.EndDay > 0 && (e.EndMonth is < 1 or > 12 || e.EndDay > 31)))
        {
            return null;
        }

        if (e.Year is not { } year)
        {
            return e;
        }

        var endYear = e.EndMonth > 0 && e.EndMonth < e.Month ? year + 1 : year;
        if (e.Day > DateTime.DaysInMonth(year, e.Month) || (e.EndDay > 0 && e.EndDay > DateTime.DaysInMonth(endYear, e.EndMonth)))
        {
            return null;
        }

        var from = new DateOnly(year, e.Month, e.Day);
        return e with { Value = e.EndDay > 0 ? DateValue.Days(from, new DateOnly(endYear, e.EndMonth, e.EndDay)) : DateValue.Day(from) };
    }

    private static DateExpression? Months(DateExpression e) =>
        e.Month is < 1 or > 12 ? null : e with { Value = DateValue.Month(e.Year!.Value, e.Month) };

    private static DateExpression Ago(TextSpan span, string pattern, string count, string unit)
    {
        var n = count.ToUpperInvariant() switch { "A" or "ONE" => 1, "TWO" => 2, "THREE" => 3, "FOUR" => 4, "FIVE" => 5, "SIX" => 6, var digits => Number(digits) };
        return unit.StartsWith("day", StringComparison.OrdinalIgnoreCase)
            ? new DateExpression(span, DateExpressionKind.RelativeDay, pattern) { Offset = -n }
            : new DateExpression(span, DateExpressionKind.RelativePeriod, pattern) { Offset = -n, Unit = Unit(unit) };
    }

    private static PeriodUnit Unit(string word) =>
        word.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? PeriodUnit.Week
        : word.StartsWith("month", StringComparison.OrdinalIgnoreCase) ? PeriodUnit.Month
        : PeriodUnit.Year;

    private static int RelativeDayOffset(string words)
    {
        var folded = words.ToUpperInvariant();
        return folded.Contains("BEFORE YESTERDAY", StringComparison.Ordinal) ? -2
            : folded.Contains("AFTER TOMORROW", StringComparison.Ordinal) ? 2
            : folded.Contains("YESTERDAY", StringComparison.Ordinal) ? -1
            : folded.Contains("TOMORROW", StringComparison.Ordinal) ? 1
            : 0;
    }

    private static bool IsPossessive(string text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] is 's' or 'S'
        && (end + 2 == text.Length || !char.IsLetter(text[end + 2]));

    private static int Number(string digits) =>
        int.Parse(digits.TrimEnd('s', 't', 'n', 'd', 'r', 'h', 'S', 'T', 'N', 'D', 'R', 'H'), NumberStyles.None, CultureInfo.InvariantCulture);
}
