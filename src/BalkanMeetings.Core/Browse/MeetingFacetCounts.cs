using System.Globalization;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Browse;

/// <summary>What the list and its date and status facets need of each meeting a filter matches.</summary>
internal sealed record MatchedMeeting(int Id, DateOnly? Date, bool HasMonth, MeetingStatus Status, bool HasOpenFlags);

/// <summary>
/// The facet counts beside the meetings list, over the meetings a filter matched: dates and statuses from the
/// matched meetings read once, the linked values (countries, people, offices, topics, initiatives) by their ids.
/// </summary>
internal static class MeetingFacetCounts
{
    public static async Task<MeetingFacets> CountAsync(
        BalkanMeetingsDbContext db, MeetingFilter filter, IReadOnlyList<MatchedMeeting> matched, CancellationToken cancellationToken)
    {
        static string Number(int id) => id.ToString(CultureInfo.InvariantCulture);

        // The linked rows counted are those of the matching meetings' ids, or all of them when nothing is filtered.
        IReadOnlyCollection<int>? ids = filter.IsFiltered ? matched.Select(m => m.Id).ToList() : null;
        var countries = await MeetingTallies.CountriesAsync(db, ids, MeetingBrowser.FacetSize, cancellationToken);

        var years = matched
            .Where(m => m.Date != null)
            .GroupBy(m => m.Date!.Value.Year)
            .OrderBy(g => g.Key)
            .Select(g => new FacetValue(Number(g.Key), Number(g.Key), g.Count()))
            .ToList();

        // Months within one chosen year; a meeting known only to its year has no month.
        var months = new List<FacetValue>();
        if (filter.From is { } from && filter.To is { } to && from.Year == to.Year)
        {
            months = matched
                .Where(m => m.Date != null && m.HasMonth)
                .GroupBy(m => m.Date!.Value.Month)
                .OrderBy(g => g.Key)
                .Select(g => new FacetValue(
                    string.Create(CultureInfo.InvariantCulture, $"{from.Year:0000}-{g.Key:00}"),
                    new DateOnly(from.Year, g.Key, 1).ToString("MMMM", CultureInfo.InvariantCulture),
                    g.Count()))
                .ToList();
        }

        var people = await MeetingTallies.PeopleAsync(db, ids, MeetingBrowser.FacetSize, cancellationToken);
        var participants = ids is null ? db.Participations : db.Participations.Where(p => EF.Parameter(ids).Contains(p.MeetingId));

        var offices = await participants
            .Select(p => new { p.MeetingId, Office = p.Role + OfficeLabel.Joiner + p.Organization })
            .Distinct()
            .GroupBy(p => p.Office)
            .Select(g => new { Office = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Office)
            .Take(MeetingBrowser.FacetSize)
            .ToListAsync(cancellationToken);

        var topics = await MeetingTallies.TopicsAsync(db, ids, MeetingBrowser.FacetSize, cancellationToken);

        var initiatives = await MeetingTallies.InitiativesAsync(db, ids, MeetingBrowser.FacetSize, cancellationToken);

        return new MeetingFacets(
            countries,
            years,
            months,
            people,
            offices.Select(o => new FacetValue(o.Office, o.Office, o.Count)).ToList(),
            topics,
            initiatives,
            matched.GroupBy(m => m.Status).OrderBy(g => g.Key)
                .Select(g => new FacetValue(g.Key.ToString().ToLowerInvariant(), g.Key.ToString(), g.Count())).ToList(),
            matched.Count(m => m.HasOpenFlags));
    }
}
