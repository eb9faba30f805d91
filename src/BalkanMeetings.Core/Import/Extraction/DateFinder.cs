using System.Globalization;
using System.Text.RegularExpressions;
using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>Finds date phrases in text, absolute and relative. See docs/import.md#dates.</summary>
public static partial class DateFinder
{
    private const string MonthNames =
        "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    private const string Weekdays = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    public static List<DateMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mentions = new List<DateMention>();
        var taken = new List<(int Start, int End)>();

        void Add(DateMention mention)
        {
            if (taken.Any(t => mention.Start < t.End && t.Start < mention.End))
            {
                return;
            }

            taken.Add((mention.Start, mention.End));
            mentions.Add(mention);
        }

        foreach (Match m in MonthDayYear().Matches(text))
        {
            AddAbsolute(Add, m, m.Groups["month"].Value, m.Groups["day"].Value, m.Groups["year"].Value);
        }

        foreach (Match m in DayMonthYear().Matches(text))
        {
            AddAbsolute(Add, m, m.Groups["month"].Value, m.Groups["day"].Value, m.Groups["year"].Value);
        }

        foreach (Match m in IsoDate().Matches(text))
        {
            if (TryDate(m.Groups["year"].Value, m.Groups["month"].Value, m.Groups["day"].Value, out var date))
            {
                Add(new DateMention(m.Index, m.Index + m.Length, DateMentionKind.Absolute, date, DatePrecision.Day, null, date.Month, date.Day));
            }
        }

        foreach (Match m in NumericDate().Matches(text))
        {
            // Day first, as the region writes it, unless the first number cannot be a month... or the second cannot.
            var first = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
            var second = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
            var (day, month) = second > 12 && first <= 12 ? (second, first) : (first, second);
            if (TryDate(m.Groups["year"].Value, month.ToString(CultureInfo.InvariantCulture), day.ToString(CultureInfo.InvariantCulture), out var date))
            {
                Add(new DateMention(m.Index, m.Index + m.Length, DateMentionKind.Absolute, date, DatePrecision.Day, null, date.Month, date.Day));
            }
        }

        foreach (Match m in MonthYear().Matches(text))
        {
            var month = MonthNumber(m.Groups["month"].Value);
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (month > 0 && year is >= 1990 and <= 2100)
            {
                Add(new DateMention(m.Groups["month"].Index, m.Index + m.Length, DateMentionKind.Absolute, new DateOnly(year, month, 1), DatePrecision.Month, null, month, 0));
            }
        }

        foreach (Match m in MonthDay().Matches(text))
        {
            var month = MonthNumber(m.Groups["month"].Value);
            var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            if (month > 0 && day is >= 1 and <= 31)
            {
                Add(new DateMention(m.Index, m.Index + m.Length, DateMentionKind.DayMonth, null, DatePrecision.Day, null, month, day));
            }
        }

        foreach (Match m in Relative().Matches(text))
        {
            var word = m.Groups["word"].Value;
            if (Enum.TryParse<DayOfWeek>(word, ignoreCase: true, out var weekday))
            {
                Add(new DateMention(m.Groups["word"].Index, m.Index + m.Length, DateMentionKind.Weekday, null, DatePrecision.Day, weekday, 0, 0));
                continue;
            }

            var kind = word.ToUpperInvariant() switch
            {
                "YESTERDAY" => DateMentionKind.Yesterday,
                "TOMORROW" => DateMentionKind.Tomorrow,
                _ => DateMentionKind.Today,
            };
            Add(new DateMention(m.Index, m.Index + m.Length, kind, null, DatePrecision.Day, null, 0, 0));
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    /// <summary>
    /// Gives a relative mention its date against the article's own date. Weekdays look back for past events and
    /// forward for announced ones (the weekday of the reference date itself is that day).
    /// </summary>
    public static DateMention Resolve(DateMention mention, DateOnly reference, bool future)
    {
        ArgumentNullException.ThrowIfNull(mention);
        DateOnly? value = mention.Kind switch
        {
            DateMentionKind.Today => reference,
            DateMentionKind.Yesterday => reference.AddDays(-1),
            DateMentionKind.Tomorrow => reference.AddDays(1),
            DateMentionKind.Weekday when future => reference.AddDays(((int)mention.Weekday!.Value - (int)reference.DayOfWeek + 7) % 7),
            DateMentionKind.Weekday => reference.AddDays(-(((int)reference.DayOfWeek - (int)mention.Weekday!.Value + 7) % 7)),
            DateMentionKind.DayMonth => DayMonthNear(reference, mention.Month, mention.Day),
            _ => mention.Value,
        };
        return mention with { Value = value };
    }

    // A day and month without a year belong to the year that puts them nearest the reference date.
    private static DateOnly? DayMonthNear(DateOnly reference, int month, int day)
    {
        DateOnly? best = null;
        foreach (var year in new[] { reference.Year - 1, reference.Year, reference.Year + 1 })
        {
            if (day <= DateTime.DaysInMonth(year, month))
            {
                var candidate = new DateOnly(year, month, day);
                if (best is null || Math.Abs(candidate.DayNumber - reference.DayNumber) < Math.Abs(best.Value.DayNumber - reference.DayNumber))
                {
                    best = candidate;
                }
            }
        }

        return best;
    }

    public static int MonthNumber(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.TrimEnd('.');
        for (var month = 1; month <= 12; month++)
        {
            var full = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
            if (full.Equals(key, StringComparison.OrdinalIgnoreCase)
                || (key.Length >= 3 && full.StartsWith(key, StringComparison.OrdinalIgnoreCase)))
            {
                return month;
            }
        }

        return 0;
    }

    private static void AddAbsolute(Action<DateMention> add, Match m, string monthName, string dayText, string yearText)
    {
        var month = MonthNumber(monthName);
        if (month > 0 && TryDate(yearText, month.ToString(CultureInfo.InvariantCulture), dayText, out var date))
        {
            var weekday = m.Groups["weekday"].Success && Enum.TryParse<DayOfWeek>(m.Groups["weekday"].Value, ignoreCase: true, out var w) ? w : (DayOfWeek?)null;
            add(new DateMention(m.Index, m.Index + m.Length, DateMentionKind.Absolute, date, DatePrecision.Day, weekday, date.Month, date.Day));
        }
    }

    private static bool TryDate(string year, string month, string day, out DateOnly date)
    {
        date = default;
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || y is < 1990 or > 2100 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

    [GeneratedRegex(@"\b(?:(?<weekday>" + Weekdays + @"),?\s+)?(?<month>" + MonthNames + @")\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?,?\s*(?<year>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?:(?<weekday>" + Weekdays + @"),?\s+)?(?:the\s+)?(?<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:[-–]|and)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?(?<month>" + MonthNames + @")\.?,?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<a>\d{1,2})[./](?<b>\d{1,2})[./](?<year>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|Jan\.?|Feb\.?|Aug\.?)\s+(?:of\s+)?(?<year>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?<month>January|February|March|April|June|July|August|September|October|November|December|Sept?\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.|Aug\.)\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?![,.]?\s*\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<word>" + Weekdays + @"|today|tonight|this morning|this afternoon|this evening|yesterday|tomorrow)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Relative();
}
