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
public sealed class MeetingBrowser(BalkanMeetingsDbContext db, ISearchIndex search)
{
    /// <summary>How many values of the long facets (people, offices, topics, initiatives) are counted and shown.</summary>
    public const int FacetSize = 30;

    /// <summary>Codes, names and aliases of the known countries, folded, each to its code: what a country filter accepts.</summary>
    public async Task<IReadOnlyDictionary<string, string>> CountryCodesAsync(CancellationToken cancellationToken)
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
        foreach (var code in filter.Countries)
        {
            meetings = meetings.Where(m => m.Countries.Any(c => c.CountryCode == code));
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
            meetings = meetings.Where(m => m.Participants.Any(p => p.PersonId == person));
        }

        if (!string.IsNullOrWhiteSpace(filter.Official))
        {
            var named = db.People.Matching(filter.Official).Select(p => p.Id);
            meetings = meetings.Where(m => m.Participants.Any(p => p.PersonId != null && named.Contains(p.PersonId.Value)));
        }

        foreach (var office in filter.Offices)
        {
            meetings = meetings.Where(m => m.Participants.Any(p => p.Role + OfficeLabel.Joiner + p.Organization == office));
        }

        foreach (var topic in filter.Topics)
        {
            meetings = meetings.Where(m => m.Topics.Any(t => t.TopicId == topic));
        }

        foreach (var initiative in filter.Initiatives)
        {
            meetings = meetings.Where(m => m.Initiatives.Any(i => i.InitiativeId == initiative));
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
        if (!query.IsEmpty)
        {
            var matching = search.MeetingsMatching(query);
            meetings = meetings.Where(m => matching.Contains(m.Id));
        }

        return meetings;
    }

    /// <summary>Newest first (or oldest), undated meetings last either way, then by id so pages never overlap.</summary>
    public static IOrderedQueryable<Meeting> Sort(IQueryable<Meeting> meetings, bool oldestFirst) =>
        oldestFirst
            ? meetings.OrderBy(m => m.Date == null).ThenBy(m => m.Date).ThenBy(m => m.Id)
            : meetings.OrderByDescending(m => m.Date).ThenByDescending(m => m.Id);

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
                    .Select(s => new SourceRef(s.ArticleId, s.Article!.Title, s.Article.Publisher, s.Article.SourceUrl, s.Article.PublishedOn))
                    .ToList(),
                db.ReviewFlags.Count(f => f.MeetingId == m.Id && f.Status == FlagStatus.Open))
            {
                Initiatives = m.Initiatives.OrderBy(i => i.Initiative!.Name).Select(i => i.Initiative!.Name).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

    /// <summary>A page of the filtered meetings with its total, and facet counts when asked for.</summary>
    public async Task<MeetingResults> ListAsync(MeetingFilterQuery.Parsed parsed, bool withFacets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var ignored = parsed.Ignored.ToList();
        var (filter, labels) = await ResolveSelectedAsync(parsed.Filter, ignored, cancellationToken);

        var meetings = Apply(filter);
        var total = await meetings.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + filter.PageSize - 1) / filter.PageSize);
        if (filter.Page > pageCount)
        {
            ignored.Add(string.Create(CultureInfo.InvariantCulture, $"There is no page {filter.Page}; this is the last page, {pageCount}."));
            filter = filter with { Page = pageCount };
        }

        var page = Sort(meetings, filter.OldestFirst).Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize);
        var rows = await RowsAsync(page, cancellationToken);
        var facets = withFacets ? await FacetsAsync(filter, meetings, cancellationToken) : null;
        return new MeetingResults(filter, ignored, total, rows, facets, labels);
    }

    /// <summary>
    /// Meetings matching the filter's free text, ranked by relevance and narrowed by its other filters, with
    /// snippets. An empty query gives no hits: ranking needs words.
    /// </summary>
    public async Task<SearchResults> SearchAsync(MeetingFilterQuery.Parsed parsed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var ignored = parsed.Ignored.ToList();
        var (filter, _) = await ResolveSelectedAsync(parsed.Filter, ignored, cancellationToken);
        var query = SearchQuery.Parse(filter.Query);
        if (query.IsEmpty)
        {
            return new SearchResults(filter, ignored, 0, []);
        }

        var within = Apply(filter with { Query = null }).Select(m => m.Id);
        var hits = search.Hits(query).Where(h => within.Contains(h.MeetingId));
        var total = await hits.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + filter.PageSize - 1) / filter.PageSize);
        if (filter.Page > pageCount)
        {
            ignored.Add(string.Create(CultureInfo.InvariantCulture, $"There is no page {filter.Page}; this is the last page, {pageCount}."));
            filter = filter with { Page = pageCount };
        }

        var page = await hits.OrderBy(h => h.Rank).ThenByDescending(h => h.MeetingId)
            .Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize)
            .ToListAsync(cancellationToken);
        var ids = page.Select(h => h.MeetingId).ToList();
        var rows = (await RowsAsync(db.Meetings.Where(m => ids.Contains(m.Id)), cancellationToken)).ToDictionary(r => r.Id);
        return new SearchResults(filter, ignored, total, page.Select(h => new SearchResult(rows[h.MeetingId], h.Snippet)).ToList());
    }

    private async Task<MeetingFacets> FacetsAsync(MeetingFilter filter, IQueryable<Meeting> meetings, CancellationToken cancellationToken)
    {
        var ids = meetings.Select(m => m.Id);
        var countries = await MeetingTallies.CountriesAsync(db, ids, FacetSize, cancellationToken);

        var years = await meetings
            .Where(m => m.Date != null)
            .GroupBy(m => m.Date!.Value.Year)
            .Select(g => new { Year = g.Key, Count = g.Count() })
            .OrderBy(g => g.Year)
            .ToListAsync(cancellationToken);

        // Months within one chosen year; a meeting known only to its year has no month.
        var months = new List<FacetValue>();
        if (filter.From is { } from && filter.To is { } to && from.Year == to.Year)
        {
            var byMonth = await meetings
                .Where(m => m.Date != null && (m.DatePrecision == DatePrecision.Day || m.DatePrecision == DatePrecision.Month))
                .GroupBy(m => m.Date!.Value.Month)
                .Select(g => new { Month = g.Key, Count = g.Count() })
                .OrderBy(g => g.Month)
                .ToListAsync(cancellationToken);
            months = byMonth
                .Select(m => new FacetValue(
                    string.Create(CultureInfo.InvariantCulture, $"{from.Year:0000}-{m.Month:00}"),
                    new DateOnly(from.Year, m.Month, 1).ToString("MMMM", CultureInfo.InvariantCulture),
                    m.Count))
                .ToList();
        }

        var participants = db.Participations.Where(p => ids.Contains(p.MeetingId));
        var people = await MeetingTallies.PeopleAsync(db, ids, FacetSize, cancellationToken);

        var offices = await participants
            .Select(p => new { p.MeetingId, Office = p.Role + OfficeLabel.Joiner + p.Organization })
            .Distinct()
            .GroupBy(p => p.Office)
            .Select(g => new { Office = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Office)
            .Take(FacetSize)
            .ToListAsync(cancellationToken);

        var topics = await MeetingTallies.TopicsAsync(db, ids, FacetSize, cancellationToken);

        var initiatives = await MeetingTallies.InitiativesAsync(db, ids, FacetSize, cancellationToken);

        var statuses = await meetings
            .GroupBy(m => m.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var withOpenFlags = await meetings.CountAsync(m => db.ReviewFlags.Any(f => f.MeetingId == m.Id && f.Status == FlagStatus.Open), cancellationToken);

        static string Number(int id) => id.ToString(CultureInfo.InvariantCulture);
        return new MeetingFacets(
            countries,
            years.Select(y => new FacetValue(Number(y.Year), Number(y.Year), y.Count)).ToList(),
            months,
            people,
            offices.Select(o => new FacetValue(o.Office, o.Office, o.Count)).ToList(),
            topics,
            initiatives,
            statuses.OrderBy(s => s.Status).Select(s => new FacetValue(s.Status.ToString().ToLowerInvariant(), s.Status.ToString(), s.Count)).ToList(),
            withOpenFlags);
    }

    /// <summary>Names of the selected countries, people, topics and initiatives; ids nothing answers to are dropped and said so.</summary>
    private async Task<(MeetingFilter Filter, Dictionary<string, string> Labels)> ResolveSelectedAsync(
        MeetingFilter filter, List<string> ignored, CancellationToken cancellationToken)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (filter.Countries.Count > 0)
        {
            foreach (var country in await db.Countries.Where(c => filter.Countries.Contains(c.Code)).Select(c => new { c.Code, c.Name }).ToListAsync(cancellationToken))
            {
                labels[MeetingFilterQuery.Country + ":" + country.Code] = country.Name;
            }
        }

        async Task<List<int>> Known(IReadOnlyList<int> selected, string name, string what, IQueryable<Named> lookup)
        {
            if (selected.Count == 0)
            {
                return [];
            }

            var found = await lookup.ToListAsync(cancellationToken);
            foreach (var named in found)
            {
                labels[name + ":" + named.Id.ToString(CultureInfo.InvariantCulture)] = named.Name;
            }

            foreach (var missing in selected.Where(id => found.All(f => f.Id != id)))
            {
                ignored.Add(string.Create(CultureInfo.InvariantCulture, $"There is no {what} number {missing}; that filter was ignored."));
            }

            return selected.Where(id => found.Any(f => f.Id == id)).ToList();
        }

        var people = await Known(filter.People, MeetingFilterQuery.Person, "person",
            db.People.Where(p => filter.People.Contains(p.Id)).Select(p => new Named(p.Id, p.Name)));
        var topics = await Known(filter.Topics, MeetingFilterQuery.Topic, "topic",
            db.Topics.Where(t => filter.Topics.Contains(t.Id)).Select(t => new Named(t.Id, t.Name)));
        var initiatives = await Known(filter.Initiatives, MeetingFilterQuery.Initiative, "initiative",
            db.Initiatives.Where(i => filter.Initiatives.Contains(i.Id)).Select(i => new Named(i.Id, i.Name)));
        return (filter with { People = people, Topics = topics, Initiatives = initiatives }, labels);
    }

    private sealed record Named(int Id, string Name);
}
