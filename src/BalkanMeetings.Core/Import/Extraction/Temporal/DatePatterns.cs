using System.Buffers;
using System.Text.RegularExpressions;

namespace BalkanMeetings.Core.Import.Extraction.Temporal;

/// <summary>
/// The date phrases the temporal tagger knows, one expression each (docs/import.md#temporal). Where two overlap the
/// longer wins, so <c>26 April – 2 May 2021</c> is one run of days, not a day and a date.
/// </summary>
internal static partial class DatePatterns
{
    private const string Month =
        @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    private const string FullMonth = "(?:january|february|march|april|may|june|july|august|september|october|november|december)";

    private const string FullWeekday = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

    private const string AnyWeekday = @"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?";

    private const string Day = "(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?";

    private const string Year = "(?:19[4-9][0-9]|20[0-9][0-9])";

    private const string Through = @"\s*(?:[-–—]|to|until|and)\s*";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Words a pattern cannot match without, case aside: a text without any of them skips the pattern's scan, which
    // would otherwise try most word starts. Only patterns whose every match holds one of these words carry them.
    private static readonly SearchValues<string> FullMonthNames = Words(FullMonth);

    private static readonly SearchValues<string> FullWeekdayNames = Words(FullWeekday);

    private static readonly SearchValues<string> Ago = SearchValues.Create(["ago"], StringComparison.OrdinalIgnoreCase);

    private static readonly string[] MonthStarts = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly string[] WeekdayStarts = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    /// <summary>
    /// Every pattern with its name, longest forms first, and where its matches can begin: at a number, after an
    /// opening bracket, or at a word starting like one of its first words.
    /// </summary>
    public static readonly DatePattern[] All =
    [
        new("days across months", DaysAcrossMonths(), DateStart.Number),
        new("days", DayRange(), DateStart.Number | DateStart.Word, ["from", "between", "the"]),
        new("month days", MonthDayRange(), DateStart.Word, MonthStarts),
        new("month day", MonthDay(), DateStart.Word, [.. WeekdayStarts, .. MonthStarts]),
        new("day month", DayMonth(), DateStart.Number | DateStart.Word, [.. WeekdayStarts, "the"]),
        new("day roman-month year", RomanMonthDay(), DateStart.Number),
        new("year-month-day", IsoDay(), DateStart.Number),
        new("day.month.year", NumericDay(), DateStart.Number),
        new("month year", MonthYear(), DateStart.Word, MonthStarts),
        new("month", MonthAlone(), DateStart.Word, ["at", "by", "towards", "until", "in", "since", "during", "early", "mid", "late"], FullMonthNames),
        new("relative month", RelativeMonth(), DateStart.Word, ["last", "next", "this", "past"], FullMonthNames),
        new("day of month", DayOfMonth(), DateStart.Word, [.. WeekdayStarts, "the"]),
        new("year", BareYear(), DateStart.Number),
        new("weekday", Weekday(), DateStart.Word, ["last", "next", "this", "coming", "past", .. WeekdayStarts], FullWeekdayNames),
        new("weekday in brackets", BracketedWeekday(), DateStart.AfterBracket),
        new("relative day", RelativeDay(), DateStart.Word, ["earlier", "later", "today", "tonight", "this", "the", "yesterday", "tomorrow"]),
        new("days ago", DaysAgo(), DateStart.Number | DateStart.Word, ["a", "one", "two", "three", "four", "five", "six"], Ago),
        new("relative period", RelativePeriod(), DateStart.Word, ["last", "this", "next", "past", "previous", "coming", "following"]),
        new("end of the year", EndOfTheYear(), DateStart.Word, ["at", "by", "towards", "before"]),
        new("following day", FollowingDay(), DateStart.Word, ["the"]),
    ];

    // "(?:monday|tuesday|…)" as its words.
    private static SearchValues<string> Words(string alternation) =>
        SearchValues.Create(alternation.Trim('(', ')', '?', ':').Split('|'), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\G\b(?<d1>" + Day + @")\s+(?<m1>" + Month + @")\.?\s*[-–—]\s*(?<d2>" + Day + @")\s+(?<m2>" + Month + @")\b\.?,?\s+(?<y>" + Year + @")(?![0-9])", Options)]
    private static partial Regex DaysAcrossMonths();

    [GeneratedRegex(@"\G\b(?:(?:from|between)\s+)?(?:the\s+)?(?<d1>" + Day + ")" + Through + @"(?:the\s+)?(?<d2>" + Day + @")\s+(?:of\s+)?(?<m>" + Month + @")\b\.?(?:,?\s+(?<y>" + Year + @")(?![0-9]))?", Options)]
    private static partial Regex DayRange();

    [GeneratedRegex(@"\G\b(?<m>" + Month + @")\.?\s+(?<d1>" + Day + ")" + Through + "(?<d2>" + Day + @")\b(?:,?\s*(?<y>" + Year + @")(?![0-9]))?", Options)]
    private static partial Regex MonthDayRange();

    [GeneratedRegex(@"\G\b(?:(?<wd>" + AnyWeekday + @"),?\s+)?(?<m>" + Month + @")\.?\s+(?<d>" + Day + @")\b(?![:.][0-9])(?:,?\s*(?<y>" + Year + @")(?![0-9]))?", Options)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\G\b(?:(?<wd>" + AnyWeekday + @"),?\s+)?(?:the\s+)?(?<d>" + Day + @")(?:\s+(?:of\s+)?|-)(?<m>" + Month + @")\b\.?(?:(?:,?\s+|-)(?<y>" + Year + @")(?![0-9]))?", Options)]
    private static partial Regex DayMonth();

    // "16 X 2013", "19. V 2016.": the month in Roman numerals, as parts of the region write it.
    [GeneratedRegex(@"\G\b(?<d>[12][0-9]|3[01]|0?[1-9])\.?\s+(?<rm>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.?\s+(?<y>" + Year + @")(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex RomanMonthDay();

    // "on the 14th", "Wednesday 21st", "the 21st inst.": a day of the anchor's month.
    [GeneratedRegex(@"\G\b(?:(?<wd>" + FullWeekday + @")(?:,?\s+the)?\s+|the\s+)(?<d>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?:\s+inst\b\.?|\s+of\s+this\s+month\b)?(?!\s+(?:of\s+)?" + Month + @"\b)", Options)]
    private static partial Regex DayOfMonth();

    // "last May", "next March": a month counted from the anchor.
    [GeneratedRegex(@"\G\b(?<mod>last|next|this|past)\s+(?<m>" + FullMonth + @")\b(?![\s.]*[0-9])", Options)]
    private static partial Regex RelativeMonth();

    [GeneratedRegex(@"\G\b(?<y>" + Year + @")([-/.])(?<m>[01]?[0-9])\1(?<d>[0-3]?[0-9])\b", Options)]
    private static partial Regex IsoDay();

    [GeneratedRegex(@"\G\b(?<a>[0-3]?[0-9])([./])(?<b>[01]?[0-9])\1(?<y>" + Year + @")(?![0-9])", Options)]
    private static partial Regex NumericDay();

    [GeneratedRegex(@"\G\b(?<m>" + Month + @")\.?,?\s+(?:of\s+)?(?<y>" + Year + @")(?![0-9])", Options)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\G\b(?:(?:at|by|towards?|until)\s+the\s+(?=(?:end|beginning|start|middle|turn)\s)|(?:in|since|until|during|by)\s+(?=(?:(?:early|mid|late)[\s-]+)?" + FullMonth + @"\b)|(?=(?:early|mid|late)[\s-]+" + FullMonth + @"\b))(?<phrase>(?:(?:end|beginning|start|middle|turn)\s+of\s+|(?:early|mid|late)[\s-]+)?(?<m>" + FullMonth + @"))\b(?![\s.]*[0-9])", Options)]
    private static partial Regex MonthAlone();

    [GeneratedRegex(@"\G(?<![0-9/.-])\b(?<y>" + Year + @")(?:\s*[-–—]\s*(?<y2>" + Year + @"|[0-9]{2}))?\b(?![0-9/.-][0-9])", Options)]
    private static partial Regex BareYear();

    [GeneratedRegex(@"\G\b(?:(?<mod>last|next|this|coming|past)\s+)?(?<wd>" + FullWeekday + @")\b", Options)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\G(?<=\()(?<wd>" + AnyWeekday + @")(?=\))", Options)]
    private static partial Regex BracketedWeekday();

    [GeneratedRegex(@"\G\b(?<w>(?:earlier|later)\s+today|today|tonight|this\s+(?:morning|afternoon|evening)|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|tomorrow)\b", Options)]
    private static partial Regex RelativeDay();

    [GeneratedRegex(@"\G\b(?<n>a|one|two|three|four|five|six|[0-9]{1,2})\s+(?<unit>days?|weeks?|months?|years?)\s+ago\b", Options)]
    private static partial Regex DaysAgo();

    [GeneratedRegex(@"\G\b(?<mod>last|this|next|past|previous|coming|following)\s+(?<unit>week|month|year)\b", Options)]
    private static partial Regex RelativePeriod();

    [GeneratedRegex(@"\G\b(?:at|by|towards?|before)\s+the\s+(?<edge>end|beginning|start)\s+of\s+(?:the|this)\s+year\b", Options)]
    private static partial Regex EndOfTheYear();

    [GeneratedRegex(@"\G\bthe\s+(?:(?<next>next|following)\s+day|day\s+(?<after>after|before)(?=\s*[,.;)]|\s+that\b)|(?<before>previous)\s+day)\b", Options)]
    private static partial Regex FollowingDay();
}

/// <summary>
/// A date pattern, anchored (<c>\G</c>): it matches only at the position it is tried at, the positions
/// <see cref="DateStarts"/> finds from its start kind and first words. Needs: the words without one of which it cannot
/// match (null: no such words).
/// </summary>
internal sealed record DatePattern(string Name, Regex Regex, DateStart Start, string[]? FirstWords = null, SearchValues<string>? Needs = null)
{
    public bool CanMatch(string text) => Needs is null || text.AsSpan().ContainsAny(Needs);
}
