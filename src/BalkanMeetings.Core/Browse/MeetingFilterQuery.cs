using System.Globalization;
using System.Text;
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
                ignored.Add($"Unknown country “{FilterValueReader.Shorten(country)}” was ignored.");
            }
        }

        var from = FilterValueReader.ReadDate(Single(From), From, atEnd: false, ignored);
        var to = FilterValueReader.ReadDate(Single(To), To, atEnd: true, ignored);
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
            People = FilterValueReader.ReadIds(All(Person), "person", ignored),
            Official = string.IsNullOrWhiteSpace(official) ? null : official,
            Offices = All(Office).Select(o => o.Length > 200 ? o[..200] : o).Distinct().ToList(),
            Topics = FilterValueReader.ReadIds(All(Topic), "topic", ignored),
            Initiatives = FilterValueReader.ReadIds(All(Initiative), "initiative", ignored),
            Status = FilterValueReader.ReadStatus(Single(Status), ignored),
            OpenFlagsOnly = FilterValueReader.ReadFlags(Single(Flags), ignored),
            Query = search.IsEmpty ? null : search.Text,
            OldestFirst = FilterValueReader.ReadSort(Single(Sort), ignored),
            Page = FilterValueReader.ReadNumber(Single(Page), Page, 1, int.MaxValue, 1, ignored),
            PageSize = FilterValueReader.ReadNumber(Single(PageSize), PageSize, 1, MeetingFilter.MaxPageSize, MeetingFilter.DefaultPageSize, ignored),
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
}
