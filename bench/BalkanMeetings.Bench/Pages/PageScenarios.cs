using System.Globalization;
using System.Text.RegularExpressions;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Bench.Pages;

/// <summary>What a page shows, which decides how its matches are counted.</summary>
internal enum PageKind
{
    /// <summary>A list of meetings by filter: the meetings list and <c>/api/meetings</c>.</summary>
    List,

    /// <summary>The search page.</summary>
    Search,

    /// <summary>One record's page, or a file: nothing to count.</summary>
    Single,
}

/// <summary>A page the benchmark times; <see cref="Matches"/> is filled in from the data.</summary>
internal sealed record Scenario(string Name, string Url, PageKind Kind, int? Matches = null);

/// <summary>
/// The pages of the page benchmark (docs/benchmarks.md, "Pages"), with the meeting and person they show chosen from
/// the data, and the stylesheet that is the ceiling: the cheapest answer the same server gives.
/// </summary>
internal static partial class PageScenarios
{
    public const string StylesheetName = "stylesheet (ceiling)";

    private const string PersonPlaceholder = "{person}";
    private const string MeetingPlaceholder = "{meeting}";
    private const string Country = "RS";

    /// <summary>The meeting page shown is the first meeting from this id on (the middle of 100,000).</summary>
    private const int MeetingId = 50_000;

    private static readonly Scenario[] Pages =
    [
        new("list: country + years", "/?country=RS&from=2020&to=2022", PageKind.List),
        new("list: country + official", "/?country=RS&official=Vucic", PageKind.List),
        new("list: words + country", "/?q=cybersecurity&country=RS", PageKind.List),
        new("list: unfiltered", "/", PageKind.List),
        new("search", "/search?q=cybersecurity", PageKind.Search),
        new("meeting", $"/meetings/{MeetingPlaceholder}", PageKind.Single),
        new("country", $"/countries/{Country}", PageKind.Single),
        new("person", $"/people/{PersonPlaceholder}", PageKind.Single),
        new("api: country + years", "/api/meetings?country=RS&from=2020&to=2022", PageKind.List),
        new("api: country + official", "/api/meetings?country=RS&official=Vucic", PageKind.List),
        new("api: words + country", "/api/meetings?q=cybersecurity&country=RS", PageKind.List),
        new("api: unfiltered", "/api/meetings", PageKind.List),
    ];

    /// <summary>The pages whose names contain one of <paramref name="only"/> (all when null), placeholders filled in and matches counted.</summary>
    public static async Task<(List<Scenario> Scenarios, string PersonName)> ResolveAsync(string database, string? only, CancellationToken cancellationToken)
    {
        var picked = only?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var pages = Pages.Where(s => picked is null || picked.Any(p => s.Name.Contains(p, StringComparison.OrdinalIgnoreCase))).ToList();
        if (pages.Count == 0)
        {
            throw new CommandLineException($"No page's name contains any of '{only}'.");
        }

        await using var db = BenchDatabase.Open(database);
        var (person, personName) = await BusiestPersonAsync(db, cancellationToken);
        var meeting = await db.Meetings.Where(m => m.Id >= MeetingId).OrderBy(m => m.Id).Select(m => (int?)m.Id).FirstOrDefaultAsync(cancellationToken)
            ?? await db.Meetings.MaxAsync(m => m.Id, cancellationToken);
        var browser = new MeetingBrowser(db, new SqliteSearchIndex(db));
        var countries = await browser.CountryCodesAsync(cancellationToken);
        var resolved = new List<Scenario>();
        foreach (var page in pages)
        {
            var url = page.Url
                .Replace(PersonPlaceholder, person.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace(MeetingPlaceholder, meeting.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            resolved.Add(page with { Url = url, Matches = await CountAsync(browser, countries, page.Kind, url, cancellationToken) });
        }

        SqliteConnection.ClearAllPools();
        return (resolved, personName);
    }

    /// <summary>The stylesheet the home page links to (its address carries a fingerprint), served by the same app.</summary>
    public static async Task<Scenario> StylesheetAsync(Uri app, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = app, Timeout = TimeSpan.FromMinutes(2) };
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative), cancellationToken);
        var link = StylesheetLink().Match(home);
        return link.Success
            ? new Scenario(StylesheetName, link.Groups["href"].Value, PageKind.Single)
            : throw new InvalidOperationException("The home page links no stylesheet.");
    }

    /// <summary>The identified non-NATO participant in the most meetings of the country.</summary>
    private static async Task<(int Id, string Name)> BusiestPersonAsync(BalkanMeetingsDbContext db, CancellationToken cancellationToken)
    {
        var busiest = await db.Participations
            .Where(p => p.PersonId != null && p.Organization != "NATO" && p.Meeting!.Countries.Any(c => c.CountryCode == Country))
            .GroupBy(p => new { Id = p.PersonId!.Value, p.Person!.Name })
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstAsync(cancellationToken);
        return (busiest.Id, busiest.Name);
    }

    /// <summary>What a list or search matches, counted by the same code the pages use.</summary>
    private static async Task<int?> CountAsync(MeetingBrowser browser, IReadOnlyDictionary<string, string> countries, PageKind kind, string url, CancellationToken cancellationToken)
    {
        if (kind == PageKind.Single)
        {
            return null;
        }

        var uri = new Uri(new Uri("http://localhost"), url);
        var pairs = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => new KeyValuePair<string, string?>(Uri.UnescapeDataString(p[0]), p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : ""))
            .ToList();
        var filter = MeetingFilterQuery.Parse(pairs, countries);
        return kind == PageKind.Search
            ? (await browser.SearchAsync(filter, cancellationToken)).Total
            : (await browser.ListAsync(filter, withFacets: false, cancellationToken)).Total;
    }

    [GeneratedRegex("""<link rel="stylesheet" href="(?<href>[^"]+)"\s*/?>""")]
    private static partial Regex StylesheetLink();
}
