using System.Globalization;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Reference;
using BalkanMeetings.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Browse;

/// <summary>
/// The meetings list behind the home page, the exports, the feed and the API: one filter, applied as SQL, with
/// the rows of a page and the facet counts. A page costs a fixed number of queries whatever its size (no N+1).
/// </summary>
public sealed class MeetingBrowser(BalkanMeetingsDbContext db, ISearchIndex search, VersionedCache? kept = null)
{
    private readonly VersionedCache _kept = kept ?? new VersionedCache();

    /// <summary>How many values of the long facets (people, offices, topics, initiatives) are counted and shown.</summary>
    public const int FacetSize = 30;

    /// <summary>Codes, names and aliases of the known countries, folded, each to its code: what a country filter accepts.</summary>
    public Task<IReadOnlyDictionary<string, string>> CountryCodesAsync(CancellationToken cancellationToken) =>
        _kept.GetOrAddAsync(db, "country-codes", () => ReadCountryCodesAsync(cancellationToken), cancellationToken);

    private async Task<IReadOnlyDictionary<string, string>> ReadCountryCodesAsync(CancellationToken cancellationToken)
    {
        var countries = await db.Countries.AsNoTracking().Include(c => c.Aliases).ToListAsync(cancellationToken);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var country in countries)
        {
            foreach (var name in country.Aliases.Where(a => !a.IsDemonym).Select(a => a.Text).Prepend(country.Name).Prepend(country.Code))
            {
                codes.TryAdd(NameFolding.Fold(name), country.Code);
            }
        }

        return codes;
    }

    /// <summary>The countries the site follows, by name, for filter forms.</summary>
    public Task<List<CountryRef>> CountriesAsync(CancellationToken cancellationToken) =>
        db.Countries.AsNoTracking().OrderBy(c => c.Name).Select(c => new CountryRef(c.Code, c.Name)).ToListAsync(cancellationToken);

    /// <summary>The meetings the filter leaves, unsorted and unpaged.</summary>
    public IQueryable<Meeting> Apply(MeetingFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var meetings = db.Meetings.AsNoTracking();

        // A linked value is matched as the list of its meetings, read once from its (value, meeting) index, rather
        // than looked up meeting by meeting: SQLite does not turn a correlated EXISTS around, and a person's
        // participations were scanned again for every meeting (docs/benchmarks.md, "Page benchmark").
        foreach (var code in filter.Countries)
        {
            var inCountry = db.MeetingCountries.Where(c => c.CountryCode == code).Select(c => c.MeetingId);
            meetings = meetings.Where(m => inCountry.Contains(m.Id));
        }

        if (filter.From is { } from)
        {
            meetings = meetings.Where(m => m.Date >= from);
        }

        if (filter.To is { } to)
        {
            meetings = meetings.Where(m => m.Date <= to);
        }

        foreach (var person in filter.People)
        {
            var withPerson = db.Participations.Where(p => p.PersonId == person).Select(p => p.MeetingId);
            meetings = meetings.Where(m => withPerson.Contains(m.Id));
        }

        if (!string.IsNullOrWhiteSpace(filter.Official))
        {
            var named = db.People.Matching(filter.Official).Select(p => p.Id);
            meetings = meetings.Where(m => m.Participants.Any(p => p.PersonId != null && named.Contains(p.PersonId.Value)));
        }

        foreach (var office in filter.Offices)
        {
            meetings = StoredText.MayMatch(office)
                ? meetings.Where(m => m.Participants.Any(p => p.Role + OfficeLabel.Joiner + p.Organization == office))
                : meetings.Where(_ => false);
        }

        foreach (var topic in filter.Topics)
        {
            var onTopic = db.MeetingTopics.Where(t => t.TopicId == topic).Select(t => t.MeetingId);
            meetings = meetings.Where(m => onTopic.Contains(m.Id));
        }

        foreach (var initiative in filter.Initiatives)
        {
            var onInitiative = db.MeetingInitiatives.Where(i => i.InitiativeId == initiative).Select(i => i.MeetingId);
            meetings = meetings.Where(m => onInitiative.Contains(m.Id));
        }

        if (filter.Status is { } status)
        {
            meetings = meetings.Where(m => m.Status == status);
        }

        if (filter.OpenFlagsOnly)
        {
            meetings = meetings.Where(m => db.ReviewFlags.Any(f => f.MeetingId == m.Id && f.Status == FlagStatus.Open));
        }

        var query = SearchQuery.Parse(filter.Query);
        if (query.Refusal is not null)
        {
            // Past the cap on its cost the search is not run, and nothing matches it (the reader is told why).
            return meetings.Where(m => false);
        }

        if (!query.IsEmpty)
        {
            var matching = search.MeetingsMatching(query);
            meetings = meetings.Where(m => matching.Contains(m.Id));
        }

        return meetings;
    }

    /// <summary>
    /// The dated meetings in list order: newest first (or oldest), then by id so pages never overlap. They come before
    /// the undated ones (<see cref="SortUndated"/>) either way. Each part is read from an index on its own: an order
    /// that put nulls last in one query could use none, and the engines disagree where nulls sort.
    /// </summary>
    public static IOrderedQueryable<Meeting> SortDated(IQueryable<Meeting> meetings, bool oldestFirst) =>
        oldestFirst
            ? meetings.Where(m => m.Date != null).OrderBy(m => m.Date).ThenBy(m => m.Id)
            : meetings.Where(m => m.Date != null).OrderByDescending(m => m.Date).ThenByDescending(m => m.Id);

    /// <summary>The undated meetings, last in the list either way, by id in the list's direction.</summary>
    public static IOrderedQueryable<Meeting> SortUndated(IQueryable<Meeting> meetings, bool oldestFirst) =>
        oldestFirst
            ? meetings.Where(m => m.Date == null).OrderBy(m => m.Id)
            : meetings.Where(m => m.Date == null).OrderByDescending(m => m.Id);

    /// <summary>Rows for the given meetings, in the order given; related names come in a fixed number of queries.</summary>
    public Task<List<MeetingRow>> RowsAsync(IQueryable<Meeting> meetings, CancellationToken cancellationToken) =>
        meetings
            .Select(m => new MeetingRow(
                m.Id,
                m.Title,
                m.Date,
                m.DatePrecision,
                m.DateOrigin,
                m.City,
                m.Kind,
                m.Status,
                m.Countries.OrderBy(c => c.Country!.Name).Select(c => new CountryRef(c.CountryCode, c.Country!.Name)).ToList(),
                m.Participants.OrderBy(p => p.Id)
                    .Select(p => new ParticipantRef(p.PersonId, p.Person != null ? p.Person.Name : null, p.Role, p.Organization, p.NameOrigin))
                    .ToList(),
                m.Topics.OrderBy(t => t.Topic!.Name).Select(t => t.Topic!.Name).ToList(),
                m.Sources.OrderBy(s => s.ArticleId)
                    .Select(s => new SourceRef(s.ArticleId, s.Article!.Title, s.Article.Publisher, s.Article.Byline, s.Article.SourceUrl, s.Article.PublishedOn, s.Article.Language))
                    .ToList(),
                db.ReviewFlags.Count(f => f.MeetingId == m.Id && f.Status == FlagStatus.Open))
            {
                Initiatives = m.Initiatives.OrderBy(i => i.Initiative!.Name).Select(i => i.Initiative!.Name).ToList(),
                Venue = m.Venue,
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

    /// <summary>
    /// A page of the filtered meetings with its total, and facet counts when asked for. The total and the facets
    /// cost a pass over every match, so they are kept per data version (<see cref="VersionedCache"/>); the page's ids
    /// are read from the date index, and kept too, so a page asked for again costs what its rows cost.
    /// </summary>
    public async Task<MeetingResults> ListAsync(MeetingFilterQuery.Parsed parsed, bool withFacets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var ignored = parsed.Ignored.ToList();
        var (filter, labels) = await FilterSelection.ResolveAsync(db, parsed.Filter, ignored, cancellationToken);

        var counts = await _kept.GetOrAddAsync(
            db, CountsKey(filter, withFacets), () => CountAsync(filter, withFacets, cancellationToken), cancellationToken);
        filter = AtMostLastPage(filter, counts.Total, ignored);
        var pageIds = await _kept.GetOrAddAsync(
            db, "page" + MeetingFilterQuery.Link("", filter), () => PageIdsAsync(filter, counts.Dated, cancellationToken), cancellationToken);
        var rows = (await RowsAsync(db.Meetings.Where(m => pageIds.Contains(m.Id)), cancellationToken)).ToDictionary(r => r.Id);
        return new MeetingResults(filter, ignored, counts.Total, pageIds.Select(id => rows[id]).ToList(), counts.Facets, labels);
    }

    /// <summary>What counting a filter's meetings gives: the total, how many are dated, and the facets when asked for.</summary>
    private sealed record FilterCounts(int Total, int Dated, MeetingFacets? Facets);

    /// <summary>The filter as its counts depend on it: sort and paging aside.</summary>
    private static string CountsKey(MeetingFilter filter, bool withFacets) =>
        (withFacets ? "facets" : "total") + MeetingFilterQuery.Link("", filter with { Page = 1, PageSize = MeetingFilter.DefaultPageSize, OldestFirst = false });

    private async Task<FilterCounts> CountAsync(MeetingFilter filter, bool withFacets, CancellationToken cancellationToken)
    {
        var meetings = Apply(filter);
        if (!withFacets)
        {
            var total = await meetings.CountAsync(cancellationToken);
            return new FilterCounts(total, total == 0 ? 0 : await meetings.CountAsync(m => m.Date != null, cancellationToken), null);
        }

        // The filter runs once: the matching meetings' dates and statuses give the total and the date and status
        // facets, and their ids narrow the other facets. Running it again for every count cost more than all the
        // counting.
        var matched = await meetings
            .Select(m => new MatchedMeeting(
                m.Id,
                m.Date,
                m.DatePrecision == DatePrecision.Day || m.DatePrecision == DatePrecision.Month,
                m.Status,
                db.ReviewFlags.Any(f => f.MeetingId == m.Id && f.Status == FlagStatus.Open)))
            .ToListAsync(cancellationToken);
        return new FilterCounts(matched.Count, matched.Count(m => m.Date != null), await MeetingFacetCounts.CountAsync(db, filter, matched, cancellationToken));
    }

    /// <summary>
    /// The ids of the filter's page, in list order: the dated meetings from the date index, then the undated ones by
    /// id. <paramref name="dated"/> says where the undated ones begin.
    /// </summary>
    private async Task<List<int>> PageIdsAsync(MeetingFilter filter, int dated, CancellationToken cancellationToken)
    {
        var meetings = Apply(filter);
        var skip = (filter.Page - 1) * filter.PageSize;
        var ids = skip < dated
            ? await SortDated(meetings, filter.OldestFirst).Skip(skip).Take(filter.PageSize).Select(m => m.Id).ToListAsync(cancellationToken)
            : [];
        if (ids.Count < filter.PageSize)
        {
            ids.AddRange(await SortUndated(meetings, filter.OldestFirst)
                .Skip(Math.Max(0, skip - dated)).Take(filter.PageSize - ids.Count).Select(m => m.Id).ToListAsync(cancellationToken));
        }

        return ids;
    }

    /// <summary>
    /// Meetings matching the filter's free text, ranked by relevance and narrowed by its other filters, with
    /// snippets. An empty query, or one past the cap on its cost, gives no hits. The matches are ranked in the
    /// database, which hands back one page; snippets, which cost most, are made for that page only. The total and
    /// the page's ids are kept per data version.
    /// </summary>
    public async Task<SearchResults> SearchAsync(MeetingFilterQuery.Parsed parsed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var ignored = parsed.Ignored.ToList();
        var (filter, _) = await FilterSelection.ResolveAsync(db, parsed.Filter, ignored, cancellationToken);
        var query = SearchQuery.Parse(filter.Query);
        if (query.IsEmpty || query.Refusal is not null)
        {
            return new SearchResults(filter, ignored, 0, []);
        }

        // Without other filters every meeting is within; saying so would only cost a join.
        var others = filter with { Query = null };
        var within = others.IsFiltered ? Apply(others).Select(m => m.Id) : null;
        var hits = within is null ? search.Hits(query) : search.Hits(query).Where(h => within.Contains(h.MeetingId));
        var matching = within is null ? search.MeetingsMatching(query) : search.MeetingsMatching(query).Where(id => within.Contains(id));

        var total = await _kept.GetOrAddAsync(db, "search" + CountsKey(filter, withFacets: false), () => matching.CountAsync(cancellationToken), cancellationToken);
        filter = AtMostLastPage(filter, total, ignored);

        var page = await _kept.GetOrAddAsync(
            db,
            "hits" + MeetingFilterQuery.Link("", filter),
            () => hits.OrderBy(h => h.Rank).ThenByDescending(h => h.MeetingId).Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToListAsync(cancellationToken),
            cancellationToken);
        var ids = page.Select(h => h.MeetingId).ToList();
        var snippets = await search.SnippetsAsync(query, ids, cancellationToken);
        var rows = (await RowsAsync(db.Meetings.Where(m => ids.Contains(m.Id)), cancellationToken)).ToDictionary(r => r.Id);
        return new SearchResults(filter, ignored, total, page.Select(h => new SearchResult(rows[h.MeetingId], snippets.GetValueOrDefault(h.MeetingId))).ToList());
    }

    /// <summary>The filter on its last page when it asks for a page past the end, and a note saying so.</summary>
    private static MeetingFilter AtMostLastPage(MeetingFilter filter, int total, List<string> ignored)
    {
        var pageCount = Math.Max(1, (total + filter.PageSize - 1) / filter.PageSize);
        if (filter.Page <= pageCount)
        {
            return filter;
        }

        ignored.Add(string.Create(CultureInfo.InvariantCulture, $"There is no page {filter.Page}; this is the last page, {pageCount}."));
        return filter with { Page = pageCount };
    }
}
