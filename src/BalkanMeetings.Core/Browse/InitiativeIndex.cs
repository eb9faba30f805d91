using BalkanMeetings.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Browse;

/// <summary>Every initiative named in the articles, with its objective and timeline when a table gave them, its meetings and their countries.</summary>
public static class InitiativeIndex
{
    public static async Task<List<InitiativeEntry>> LoadAsync(BalkanMeetingsDbContext db, ListOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var initiatives = await db.Initiatives.AsNoTracking()
            .Select(i => new
            {
                i.Id,
                i.Name,
                i.Objective,
                i.Timeline,
                Count = db.MeetingInitiatives.Count(m => m.InitiativeId == i.Id),
            })
            .ToListAsync(cancellationToken);

        var countries = await db.MeetingInitiatives
            .Join(db.MeetingCountries, i => i.MeetingId, c => c.MeetingId, (i, c) => new { i.InitiativeId, c.CountryCode, c.Country!.Name })
            .Distinct()
            .ToListAsync(cancellationToken);
        var countriesOf = countries
            .GroupBy(c => c.InitiativeId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CountryRef>)g.Select(c => new CountryRef(c.CountryCode, c.Name)).OrderBy(c => c.Name, StringComparer.InvariantCulture).ToList());

        var entries = initiatives.Select(i => new InitiativeEntry(
            i.Id,
            i.Name,
            string.IsNullOrWhiteSpace(i.Objective) ? null : i.Objective,
            string.IsNullOrWhiteSpace(i.Timeline) ? null : i.Timeline,
            i.Count,
            countriesOf.GetValueOrDefault(i.Id, [])));
        return TopicIndex.Sort(entries, order, i => i.Name, i => i.MeetingCount);
    }
}

public sealed record InitiativeEntry(int Id, string Name, string? Objective, string? Timeline, int MeetingCount, IReadOnlyList<CountryRef> Countries);
