using System.Globalization;
using BalkanMeetings.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Browse;

/// <summary>The values a filter selects by code or id, checked against the data and named for the reader.</summary>
internal static class FilterSelection
{
    /// <summary>Names of the selected countries, people, topics and initiatives; ids nothing answers to are dropped and said so.</summary>
    public static async Task<(MeetingFilter Filter, Dictionary<string, string> Labels)> ResolveAsync(
        BalkanMeetingsDbContext db, MeetingFilter filter, List<string> ignored, CancellationToken cancellationToken)
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
