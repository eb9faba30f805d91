using BalkanMeetings.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Browse;

/// <summary>The countries the site follows, each with how many meetings involve it and when the latest was.</summary>
public static class CountryIndex
{
    public static async Task<List<CountrySummary>> LoadAsync(BalkanMeetingsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var countries = await db.Countries.AsNoTracking()
            .Select(c => new CountrySummary(
                c.Code,
                c.Name,
                c.Capital,
                db.MeetingCountries.Count(m => m.CountryCode == c.Code),
                db.MeetingCountries.Where(mc => mc.CountryCode == c.Code)
                    .Join(db.Meetings, mc => mc.MeetingId, m => m.Id, (mc, m) => m.Date)
                    .Max()))
            .ToListAsync(cancellationToken);
        return countries.OrderBy(c => c.Name, StringComparer.InvariantCulture).ToList();
    }
}

/// <summary>A country with its meetings counted; <see cref="LatestDate"/> is the first day of the latest dated meeting's period.</summary>
public sealed record CountrySummary(string Code, string Name, string Capital, int MeetingCount, DateOnly? LatestDate);
