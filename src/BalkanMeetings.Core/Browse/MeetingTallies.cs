using System.Globalization;
using BalkanMeetings.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Browse;

/// <summary>
/// For a set of meetings: in how many of them each person, country, topic or initiative appears, most first (ties
/// by name). Facets, profiles and the API count the same way, each in one query.
/// </summary>
public static class MeetingTallies
{
    /// <summary>Identified people, each counted once per meeting however many articles name them; <paramref name="except"/> left out.</summary>
    public static async Task<List<FacetValue>> PeopleAsync(
        BalkanMeetingsDbContext db, IQueryable<int> meetingIds, int take, CancellationToken cancellationToken, int? except = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var people = await db.Participations
            .Where(p => meetingIds.Contains(p.MeetingId) && p.PersonId != null && p.PersonId != except)
            .Select(p => new { p.MeetingId, PersonId = p.PersonId!.Value, p.Person!.Name })
            .Distinct()
            .GroupBy(p => new { p.PersonId, p.Name })
            .Select(g => new { g.Key.PersonId, g.Key.Name, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Name)
            .Take(take)
            .ToListAsync(cancellationToken);
        return people.Select(p => new FacetValue(Number(p.PersonId), p.Name, p.Count)).ToList();
    }

    public static async Task<List<FacetValue>> CountriesAsync(
        BalkanMeetingsDbContext db, IQueryable<int> meetingIds, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var countries = await db.MeetingCountries
            .Where(c => meetingIds.Contains(c.MeetingId))
            .GroupBy(c => new { c.CountryCode, c.Country!.Name })
            .Select(g => new { g.Key.CountryCode, g.Key.Name, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Name)
            .Take(take)
            .ToListAsync(cancellationToken);
        return countries.Select(c => new FacetValue(c.CountryCode, c.Name, c.Count)).ToList();
    }

    public static async Task<List<FacetValue>> TopicsAsync(
        BalkanMeetingsDbContext db, IQueryable<int> meetingIds, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var topics = await db.MeetingTopics
            .Where(t => meetingIds.Contains(t.MeetingId))
            .GroupBy(t => new { t.TopicId, t.Topic!.Name })
            .Select(g => new { g.Key.TopicId, g.Key.Name, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Name)
            .Take(take)
            .ToListAsync(cancellationToken);
        return topics.Select(t => new FacetValue(Number(t.TopicId), t.Name, t.Count)).ToList();
    }

    public static async Task<List<FacetValue>> InitiativesAsync(
        BalkanMeetingsDbContext db, IQueryable<int> meetingIds, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var initiatives = await db.MeetingInitiatives
            .Where(i => meetingIds.Contains(i.MeetingId))
            .GroupBy(i => new { i.InitiativeId, i.Initiative!.Name })
            .Select(g => new { g.Key.InitiativeId, g.Key.Name, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Name)
            .Take(take)
            .ToListAsync(cancellationToken);
        return initiatives.Select(i => new FacetValue(Number(i.InitiativeId), i.Name, i.Count)).ToList();
    }

    private static string Number(int id) => id.ToString(CultureInfo.InvariantCulture);
}
