using System.Globalization;
using System.Text;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Reference;
using BalkanMeetings.Core.Search;

namespace BalkanMeetings.Core.Browse;

/// <summary>
/// Reads a <see cref="MeetingFilter"/> from query-string pairs, and writes one back. A value that cannot be used is
/// left out and said so in <see cref="Parsed.Ignored"/>, never an error: a reader with a mangled link still gets a
/// page. The parameter names are the public contract of links, exports and the API (docs/api.md).
/// </summary>
public static class MeetingFilterQuery
{
    public const string Country = "country";
    public const string From = "from";
    public const string To = "to";
    public const string Person = "person";
    public const string Official = "official";
    public const string Office = "office";
    public const string Topic = "topic";
    public const string Initiative = "initiative";
    public const string Status = "status";
    public const string Flags = "flags";
    public const string Query = "q";
    public const string Sort = "sort";
    public const string Page = "page";
    public const string PageSize = "size";

    /// <summary>More values than anyone picks by hand; it bounds the SQL a crafted link can ask for.</summary>
    public const int MaxValuesPerFilter = 10;

    public const int MaxNameLength = 100;

    /// <summary>A filter and what was left out of it, each as a sentence for the reader.</summary>
    public sealed record Parsed(MeetingFilter Filter, IReadOnlyList<string> Ignored);

    /// <param name="pairs">Query-string pairs; a repeated name gives several values.</param>
    /// <param name="countryCodes">Codes, names and aliases of the known countries, folded, each to its code.</param>
    public static Parsed Parse(IEnumerable<KeyValuePair<string, string?>> pairs, IReadOnlyDictionary<string, string> countryCodes)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(countryCodes);

        var values = pairs
            .Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Value!.Trim()).ToList(), StringComparer.OrdinalIgnoreCase);
        var ignored = new List<string>();

        List<string> All(string name)
        {
            var list = values.GetValueOrDefault(name) ?? [];
            if (list.Count > MaxValuesPerFilter)
            {
                ignored.Add($"Only the first {MaxValuesPerFilter} values of “{name}” were used.");
                list = list[..MaxValuesPerFilter];
            }

            return list;
        }

        string? Single(string name)
        {
            var list = values.GetValueOrDefault(name);
            if (list is { Count: > 1 })
            {
                ignored.Add($"“{name}” was given {list.Count} times; the first value was used.");
            }

            return list?[0];
        }

        var countries = new List<string>();
        foreach (var country in All(Country))
        {
            if (countryCodes.TryGetValue(NameFolding.Fold(country), out var code))
            {
                countries.Add(code);
            }
            else
            {
                ignored.Add($"Unknown country “{Shorten(country)}” was ignored.");
            }
        }

        var from = ReadDate(Single(From), From, atEnd: false, ignored);
        var to = ReadDate(Single(To), To, atEnd: true, ignored);
        if (from > to)
        {
            ignored.Add("The start date was after the end date, so the two were swapped.");
            (from, to) = (to, from);
        }

        var official = Single(Official);
        if (official?.Length > MaxNameLength)
        {
            ignored.Add($"The official's name was cut to {MaxNameLength} characters.");
            official = official[..MaxNameLength];
        }

        var query = Single(Query);
        var search = SearchQuery.Parse(query);
        if (search.WasShortened)
        {
            ignored.Add($"The search text was cut to {SearchQuery.MaxLength} characters or {SearchQuery.MaxTerms} words.");
        }

        if (search.Refusal is { } refusal)
        {
            ignored.Add(refusal);
        }

        var filter = new MeetingFilter
        {
            Countries = countries.Distinct().ToList(),
            From = from,
            To = to,
            People = Ids(All(Person), "person", ignored),
            Official = string.IsNullOrWhiteSpace(official) ? null : official,
            Offices = All(Office).Select(o => o.Length > 200 ? o[..200] : o).Distinct().ToList(),
            Topics = Ids(All(Topic), "topic", ignored),
            Initiatives = Ids(All(Initiative), "initiative", ignored),
            Status = ReadStatus(Single(Status), ignored),
            OpenFlagsOnly = ReadFlags(Single(Flags), ignored),
            Query = search.IsEmpty ? null : search.Text,
            OldestFirst = ReadSort(Single(Sort), ignored),
            Page = ReadNumber(Single(Page), Page, 1, int.MaxValue, 1, ignored),
            PageSize = ReadNumber(Single(PageSize), PageSize, 1, MeetingFilter.MaxPageSize, MeetingFilter.DefaultPageSize, ignored),
        };
        return new Parsed(filter, ignored);
    }

    /// <summary>The filter as query-string pairs in a fixed order, defaults left out, so equal filters give equal links.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ToPairs(MeetingFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var pairs = new List<KeyValuePair<string, string>>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                pairs.Add(new(name, value));
            }
        }

        foreach (var country in filter.Countries)
        {
            Add(Country, country);
        }

        Add(From, filter.From is { } from ? WriteDate(from, atEnd: false) : null);
        Add(To, filter.To is { } to ? WriteDate(to, atEnd: true) : null);
        foreach (var person in filter.People)
        {
            Add(Person, person.ToString(CultureInfo.InvariantCulture));
        }

        Add(Official, filter.Official);
        foreach (var office in filter.Offices)
        {
            Add(Office, office);
        }

        foreach (var topic in filter.Topics)
        {
            Add(Topic, topic.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var initiative in filter.Initiatives)
        {
            Add(Initiative, initiative.ToString(CultureInfo.InvariantCulture));
        }

        Add(Status, filter.Status?.ToString().ToLowerInvariant());
        Add(Flags, filter.OpenFlagsOnly ? "open" : null);
        Add(Query, filter.Query);
        Add(Sort, filter.OldestFirst ? "oldest" : null);
        Add(Page, filter.Page > 1 ? filter.Page.ToString(CultureInfo.InvariantCulture) : null);
        Add(PageSize, filter.PageSize != MeetingFilter.DefaultPageSize ? filter.PageSize.ToString(CultureInfo.InvariantCulture) : null);
        return pairs;
    }

    /// <summary><paramref name="path"/> with the filter as its query string, encoded.</summary>
    public static string Link(string path, MeetingFilter filter)
    {
        ArgumentNullException.ThrowIfNull(path);
        var pairs = ToPairs(filter);
        if (pairs.Count == 0)
        {
            return path;
        }

        var link = new StringBuilder(path).Append('?');
        for (var i = 0; i < pairs.Count; i++)
        {
            link.Append(i == 0 ? "" : "&").Append(Uri.EscapeDataString(pairs[i].Key)).Append('=').Append(Uri.EscapeDataString(pairs[i].Value));
        }

        return link.ToString();
    }

    /// <summary>
    /// <c>2024</c>, <c>2024-05</c> or <c>2024-05-16</c>. A year or month stands for its first day as a start and
    /// its last day as an end, so <c>from=2024&amp;to=2024</c> is the whole year.
    /// </summary>
    private static DateOnly? ReadDate(string? text, string name, bool atEnd, List<string> ignored)
    {
        if (text is null)
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        if (!DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || date.Year < 1900)
        {
            ignored.Add($"“{Shorten(text)}” is not a date, so “{name}” was ignored. Write 2024, 2024-05 or 2024-05-16.");
            return null;
        }

        return !atEnd ? date : text.Length switch
        {
            4 => new DateOnly(date.Year, 12, 31),
            7 => date.AddMonths(1).AddDays(-1),
            _ => date,
        };
    }

    private static string WriteDate(DateOnly date, bool atEnd)
    {
        var firstOfYear = date is { Month: 1, Day: 1 };
        var lastOfYear = date is { Month: 12, Day: 31 };
        var lastOfMonth = date.Day == DateTime.DaysInMonth(date.Year, date.Month);
        var format = (atEnd ? lastOfYear : firstOfYear) ? "yyyy"
            : (atEnd ? lastOfMonth : date.Day == 1) ? "yyyy-MM"
            : "yyyy-MM-dd";
        return date.ToString(format, CultureInfo.InvariantCulture);
    }

    private static List<int> Ids(List<string> texts, string what, List<string> ignored)
    {
        var ids = new List<int>();
        foreach (var text in texts)
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                ids.Add(id);
            }
            else
            {
                ignored.Add($"“{Shorten(text)}” is not a {what} number and was ignored.");
            }
        }

        return ids.Distinct().ToList();
    }

    private static MeetingStatus? ReadStatus(string? text, List<string> ignored)
    {
        if (text is null)
        {
            return null;
        }

        if (Enum.TryParse<MeetingStatus>(text, ignoreCase: true, out var status) && Enum.IsDefined(status) && !char.IsDigit(text[0]))
        {
            return status;
        }

        ignored.Add($"Status “{Shorten(text)}” was ignored; use held or planned.");
        return null;
    }

    private static bool ReadFlags(string? text, List<string> ignored)
    {
        if (text is null)
        {
            return false;
        }

        if (text.Equals("open", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        ignored.Add($"Flags “{Shorten(text)}” was ignored; use flags=open.");
        return false;
    }

    private static bool ReadSort(string? text, List<string> ignored)
    {
        switch (text?.ToLowerInvariant())
        {
            case null or "newest":
                return false;
            case "oldest":
                return true;
            default:
                ignored.Add($"Sort “{Shorten(text)}” was ignored; use newest or oldest.");
                return false;
        }
    }

    private static int ReadNumber(string? text, string name, int min, int max, int fallback, List<string> ignored)
    {
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        ignored.Add($"“{name}={Shorten(text)}” was ignored; it takes a whole number from {min} to {max}.");
        return fallback;
    }

    /// <summary>Bad values are echoed back to the reader, but never at length.</summary>
    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
