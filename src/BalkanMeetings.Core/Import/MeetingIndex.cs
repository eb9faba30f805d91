using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Import;

/// <summary>
/// The stored meetings with a day date, by date, with their countries, people and city: enough to tell whether an
/// article reports a meeting already stored without querying the database for every article.
/// </summary>
internal sealed class MeetingIndex
{
    private readonly Dictionary<DateOnly, List<Entry>> _byDate = [];

    public sealed record Entry(int Id, string? City, HashSet<string> Countries, HashSet<int> People);

    public static async Task<MeetingIndex> LoadAsync(BalkanMeetingsDbContext db, CancellationToken cancellationToken)
    {
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.DatePrecision == DatePrecision.Day && m.Date != null)
            .Select(m => new { m.Id, m.Date, m.City })
            .ToListAsync(cancellationToken);
        var countries = (await db.MeetingCountries.AsNoTracking().Select(c => new { c.MeetingId, c.CountryCode }).ToListAsync(cancellationToken))
            .ToLookup(c => c.MeetingId, c => c.CountryCode);
        var people = (await db.Participations.AsNoTracking().Where(p => p.PersonId != null).Select(p => new { p.MeetingId, p.PersonId }).ToListAsync(cancellationToken))
            .ToLookup(p => p.MeetingId, p => p.PersonId!.Value);

        var index = new MeetingIndex();
        foreach (var meeting in meetings)
        {
            index.Add(meeting.Date!.Value, new Entry(meeting.Id, meeting.City, countries[meeting.Id].ToHashSet(StringComparer.Ordinal), people[meeting.Id].ToHashSet()));
        }

        return index;
    }

    /// <summary>The same meeting: same day, a country in common, and a person or the city in common.</summary>
    public Entry? Find(DateOnly date, string? city, IReadOnlyCollection<string> countries, IReadOnlyCollection<int> people) =>
        _byDate.TryGetValue(date, out var entries)
            ? entries.FirstOrDefault(e => e.Countries.Overlaps(countries) && (e.People.Overlaps(people) || (e.City is not null && e.City == city)))
            : null;

    public void Add(DateOnly date, Entry entry)
    {
        if (!_byDate.TryGetValue(date, out var entries))
        {
            entries = [];
            _byDate[date] = entries;
        }

        entries.RemoveAll(e => e.Id == entry.Id);
        entries.Add(entry);
    }

    public void Remove(IReadOnlyCollection<int> meetingIds)
    {
        foreach (var entries in _byDate.Values)
        {
            entries.RemoveAll(e => meetingIds.Contains(e.Id));
        }
    }
}
