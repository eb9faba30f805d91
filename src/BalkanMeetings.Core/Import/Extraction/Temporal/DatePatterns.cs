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

    /// <summary>Every pattern with its name, longest forms first.</summary>
    public static readonly DatePattern[] All =
    [
        new("days across months", DaysAcrossMonths()),
        new("days", DayRange()),
        new("month days", MonthDayRange()),
        new("month day", MonthDay()),
        new("day month", DayMonth()),
        new("day roman-month year", RomanMonthDay()),
        new("year-month-day", IsoDay()),
        new("day.month.year", NumericDay()),
        new("month year", MonthYear()),
        new("month", MonthAlone(), FullMonthNames),
        new("relative month", RelativeMonth(), FullMonthNames),
        new("day of month", DayOfMonth()),
        new("year", BareYear()),
        new("weekday", Weekday(), FullWeekdayNames),
        new("weekday in brackets", BracketedWeekday()),
        new("relative day", RelativeDay()),
        new("days ago", DaysAgo(), Ago),
        new("relative period", RelativePeriod()),
        new("end of the year", EndOfTheYear()),
        new("following day", FollowingDay()),
    ];

    // "(?:monday|tuesday|…)" as its words.
    private static SearchValues<string> Words(string alternation) =>
        SearchValues.Create(alternation.Trim('(', ')', '?', ':').Split('|'), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(?<d1>" + Day + @")\s+(?<m1>" + Month + @")\.?\s*[-–—]\s*(?<d2>" + Day + @")\s+(?<m2>" + Month + @")\b\.?,?\s+(?<y>" + Year + @")(?![0-9])", Options)]
    private static partial Regex DaysAcrossMonths();

    [GeneratedRegex(@"\b(?:(?:from|between)\s+)?(?:the\s+)?(?<d1>" + Day + ")" + Through + @"(?:the\s+)?(?<d2>" + Day + @")\s+(?:of\s+)?(?<m>" + Month + @")\b\.?(?:,?\s+(?<y>" + Year + @")(?![0-9]))?", Options)]
    private static partial Regex DayRange();

    [GeneratedRegex(@"\b(?<m>" + Month + @")\.?\s+(?<d1>" + Day + ")" + Through + "(?<d2>" + Day + @")\b(?:,?\s*(?<y>" + Year + @")(?![0-9]))?", Options)]
    private static partial Regex MonthDayRange();

    [GeneratedRegex(@"\b(?:(?<wd>" + AnyWeekday + @"),?\s+)?(?<m>" + Month + @")\.?\s+(?<d>" + Day + @")\b(?![:.][0-9])(?:,?\s*(?<y>" + Year + @")(?![0-9]))?", Options)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:(?<wd>" + AnyWeekday + @"),?\s+)?(?:the\s+)?(?<d>" + Day + @")(?:\s+(?:of\s+)?|-)(?<m>" + Month + @")\b\.?(?:(?:,?\s+|-)(?<y>" + Year + @")(?![0-9]))?", Options)]
    private static partial Regex DayMonth();

    // "16 X 2013", "19. V 2016.": the month in Roman numerals, as parts of the region write it.
    [GeneratedRegex(@"\b(?<d>[12][0-9]|3[01]|0?[1-9])\.?\s+(?<rm>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.?\s+(?<y>" + Year + @")(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex RomanMonthDay();

    // "on the 14th", "Wednesday 21st", "the 21st inst.": a day of the anchor's month.
    [GeneratedRegex(@"\b(?:(?<wd>" + FullWeekday + @")(?:,?\s+the)?\s+|the\s+)(?<d>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?:\s+inst\b\.?|\s+of\s+this\s+month\b)?(?!\s+(?:of\s+)?" + Month + @"\b)", Options)]
    private static partial Regex DayOfMonth();

    // "last May", "next March": a month counted from the anchor.
    [GeneratedRegex(@"\b(?<mod>last|next|this|past)\s+(?<m>" + FullMonth + @")\b(?![\s.]*[0-9])", Options)]
    private static partial Regex RelativeMonth();

    [GeneratedRegex(@"\b(?<y>" + Year + @")([-/.])(?<m>[01]?[0-9])\1(?<d>[0-3]?[0-9])\b", Options)]
    private static partial Regex IsoDay();

    [GeneratedRegex(@"\b(?<a>[0-3]?[0-9])([./])(?<b>[01]?[0-9])\1(?<y>" + Year + @")(?![0-9])", Options)]
    private static partial Regex NumericDay();

    [GeneratedRegex(@"\b(?<m>" + Month + @")\.?,?\s+(?:of\s+)?(?<y>" + Year + @")(?![0-9])", Options)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:(?:at|by|towards?|until)\s+the\s+(?=(?:end|beginning|start|middle|turn)\s)|(?:in|since|until|during|by)\s+(?=(?:(?:early|mid|late)[\s-]+)?" + FullMonth + @"\b)|(?=(?:early|mid|late)[\s-]+" + FullMonth + @"\b))(?<phrase>(?:(?:end|beginning|start|middle|turn)\s+of\s+|(?:early|mid|late)[\s-]+)?(?<m>" + FullMonth + @"))\b(?![\s.]*[0-9])", Options)]
    private static partial Regex MonthAlone();

    [GeneratedRegex(@"(?<![0-9/.-])\b(?<y>" + Year + @")(?:\s*[-–—]\s*(?<y2>" + Year + @"|[0-9]{2}))?\b(?![0-9/.-][0-9])", Options)]
    private static partial Regex BareYear();

    [GeneratedRegex(@"\b(?:(?<mod>last|next|this|coming|past)\s+)?(?<wd>" + FullWeekday + @")\b", Options)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"(?<=\()(?<wd>" + AnyWeekday + @")(?=\))", Options)]
    private static partial Regex BracketedWeekday();

    [GeneratedRegex(@"\b(?<w>(?:earlier|later)\s+today|today|tonight|this\s+(?:morning|afternoon|evening)|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|tomorrow)\b", Options)]
    private static partial Regex RelativeDay();

    [GeneratedRegex(@"\b(?<n>a|one|two|three|four|five|six|[0-9]{1,2})\s+(?<unit>days?|weeks?|months?|years?)\s+ago\b", Options)]
    private static partial Regex DaysAgo();

    [GeneratedRegex(@"\b(?<mod>last|this|next|past|previous|coming|following)\s+(?<unit>week|month|year)\b", Options)]
    private static partial Regex RelativePeriod();

    [GeneratedRegex(@"\b(?:at|by|towards?|before)\s+the\s+(?<edge>end|beginning|start)\s+of\s+(?:the|this)\s+year\b", Options)]
    private static partial Regex EndOfTheYear();

    [GeneratedRegex(@"\bthe\s+(?:(?<next>next|following)\s+day|day\s+(?<after>after|before)(?=\s*[,.;)]|\s+that\b)|(?<before>previous)\s+day)\b", Options)]
    private static partial Regex FollowingDay();
}

/// <summary>A date pattern, and the words without one of which it cannot match (null: no such words).</summary>
internal sealed record DatePattern(string Name, Regex Regex, SearchValues<string>? Needs = null)
{
    public bool CanMatch(string text) => Needs is null || text.AsSpan().ContainsAny(Needs);
}
