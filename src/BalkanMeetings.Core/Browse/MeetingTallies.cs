using System.Globalization;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Browse;

/// <summary>
/// For a set of meetings: in how many of them each person, country, topic or initiative appears, most first (ties
/// by name). Facets, profiles and the API count the same way, each in one query. The set is a query of meeting ids,
/// or ids already read (sent as one parameter however many), or null for every meeting.
/// </summary>
/// <remarks>
/// Each count is grouped by id first and named after: joining the name to every linked row cost more than the
/// counting at 100,000 meetings (docs/benchmarks.md, "Page benchmark").
/// </remarks>
public static class MeetingTallies
{
    /// <summary>Identified people, each counted once per meeting however many articles name them; <paramref name="except"/> left out.</summary>
    public static Task<List<FacetValue>> PeopleAsync(
        BalkanMeetingsDbContext db, IQueryable<int> meetingIds, int take, CancellationToken cancellationToken, int? except = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        return CountPeopleAsync(db, db.Participations.Where(p => meetingIds.Contains(p.MeetingId)), take, except, cancellationToken);
    }

    /// <inheritdoc cref="PeopleAsync(BalkanMeetingsDbContext, IQueryable{int}, int, CancellationToken, int?)"/>
    public static Task<List<FacetValue>> PeopleAsync(
        BalkanMeetingsDbContext db, IReadOnlyCollection<int>? meetingIds, int take, CancellationToken cancellationToken, int? except = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var participations = meetingIds is null ? db.Participations : db.Participations.Where(p => EF.Parameter(meetingIds).Contains(p.MeetingId));
        return CountPeopleAsync(db, participations, take, except, cancellationToken);
    }

    public static Task<List<FacetValue>> CountriesAsync(
        BalkanMeetingsDbContext db, IQueryable<int> meetingIds, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return CountCountriesAsync(db, db.MeetingCountries.Where(c => meetingIds.Contains(c.MeetingId)), take, cancellationToken);
    }

    public static Task<List<FacetValue>> CountriesAsync(
        BalkanMeetingsDbContext db, IReadOnlyCollection<int>? meetingIds, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var links = meetingIds is null ? db.MeetingCountries : db.MeetingCountries.Where(c => EF.Parameter(meetingIds).Contains(c.MeetingId));
        return CountCountriesAsync(db, links, take, cancellationToken);
    }

    public static Task<List<FacetValue>> TopicsAsync(
        BalkanMeetingsDbContext db, IQueryable<int> meetingIds, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return CountTopicsAsync(db, db.MeetingTopics.Where(t => meetingIds.Contains(t.MeetingId)), take, cancellationToken);
    }

    public static Task<List<FacetValue>> TopicsAsync(
        BalkanMeetingsDbContext db, IReadOnlyCollection<int>? meetingIds, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var links = meetingIds is null ? db.MeetingTopics : db.MeetingTopics.Where(t => EF.Parameter(meetingIds).Contains(t.MeetingId));
        return CountTopicsAsync(db, links, take, cancellationToken);
    }

    public static Task<List<FacetValue>> InitiativesAsync(
        BalkanMeetingsDbContext db, IQueryable<int> meetingIds, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return CountInitiativesAsync(db, db.MeetingInitiatives.Where(i => meetingIds.Contains(i.MeetingId)), take, cancellationToken);
    }

    public static Task<List<FacetValue>> InitiativesAsync(
        BalkanMeetingsDbContext db, IReadOnlyCollection<int>? meetingIds, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var links = meetingIds is null ? db.MeetingInitiatives : db.MeetingInitiatives.Where(i => EF.Parameter(meetingIds).Contains(i.MeetingId));
        return CountInitiativesAsync(db, links, take, cancellationToken);
    }

    private static async Task<List<FacetValue>> CountPeopleAsync(
        BalkanMeetingsDbContext db, IQueryable<Participation> participations, int take, int? except, CancellationToken cancellationToken)
    {
        var people = await participations
            .Where(p => p.PersonId != null && p.PersonId != except)
            .Select(p => new { p.MeetingId, PersonId = p.PersonId!.Value })
            .Distinct()
            .GroupBy(p => p.PersonId)
            .Select(g => new { PersonId = g.Key, Count = g.Count() })
            .Join(db.People, g => g.PersonId, p => p.Id, (g, p) => new { g.PersonId, p.Name, g.Count })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Name)
            .Take(take)
            .ToListAsync(cancellationToken);
        return people.Select(p => new FacetValue(Number(p.PersonId), p.Name, p.Count)).ToList();
    }

    private static async Task<List<FacetValue>> CountCountriesAsync(
        BalkanMeetingsDbContext db, IQueryable<MeetingCountry> links, int take, CancellationToken cancellationToken)
    {
        var countries = await links
            .GroupBy(c => c.CountryCode)
            .Select(g => new { CountryCode = g.Key, Count = g.Count() })
            .Join(db.Countries, g => g.CountryCode, c => c.Code, (g, c) => new { g.CountryCode, c.Name, g.Count })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Name)
            .Take(take)
            .ToListAsync(cancellationToken);
        return countries.Select(c => new FacetValue(c.CountryCode, c.Name, c.Count)).ToList();
    }

    private static async Task<List<FacetValue>> CountTopicsAsync(
        BalkanMeetingsDbContext db, IQueryable<MeetingTopic> links, int take, CancellationToken cancellationToken)
    {
        var topics = await links
            .GroupBy(t => t.TopicId)
            .Select(g => new { TopicId = g.Key, Count = g.Count() })
            .Join(db.Topics, g => g.TopicId, t => t.Id, (g, t) => new { g.TopicId, t.Name, g.Count })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Name)
            .Take(take)
            .ToListAsync(cancellationToken);
        return topics.Select(t => new FacetValue(Number(t.TopicId), t.Name, t.Count)).ToList();
    }

    private static async Task<List<FacetValue>> CountInitiativesAsync(
        BalkanMeetingsDbContext db, IQueryable<MeetingInitiative> links, int take, CancellationToken cancellationToken)
    {
        var initiatives = await links
            .GroupBy(i => i.InitiativeId)
            .Select(g => new { InitiativeId = g.Key, Count = g.Count() })
            .Join(db.Initiatives, g => g.InitiativeId, i => i.Id, (g, i) => new { g.InitiativeId, i.Name, g.Count })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Name)
            .Take(take)
            .ToListAsync(cancellationToken);
        return initiatives.Select(i => new FacetValue(Number(i.InitiativeId), i.Name, i.Count)).ToList();
    }

    private static string Number(int id) => id.ToString(CultureInfo.InvariantCulture);
}
