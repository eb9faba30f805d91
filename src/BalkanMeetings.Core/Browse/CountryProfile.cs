using System.Globalization;
using BalkanMeetings.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Browse;

/// <summary>
/// Everything the country page shows: meetings per year with the NATO summits of those years, the officials met,
/// and the topics and initiatives most discussed. Loaded in a fixed number of queries.
/// </summary>
public sealed record CountryProfile(
    string Code,
    string Name,
    string Capital,
    IReadOnlyList<string> Aliases,
    int MeetingCount,
    int UndatedCount,
    IReadOnlyList<YearCount> MeetingsByYear,
    IReadOnlyList<SummitRef> Summits,
    IReadOnlyList<OfficialMet> Officials,
    IReadOnlyList<FacetValue> Topics,
    IReadOnlyList<FacetValue> Initiatives)
{
    /// <summary>How many officials are listed, all sides together.</summary>
    public const int OfficialsSize = 24;

    /// <summary>How many topics and initiatives are listed.</summary>
    public const int TopSize = 10;

    /// <summary>The organisation NATO's own officials act for, as the importer writes it.</summary>
    public const string Nato = "NATO";

    public IEnumerable<OfficialMet> NatoOfficials => Officials.Where(o => IsOrganization(o, Nato));

    public IEnumerable<OfficialMet> OwnOfficials => Officials.Where(o => IsOrganization(o, Name));

    public IEnumerable<OfficialMet> OtherOfficials => Officials.Where(o => !IsOrganization(o, Nato) && !IsOrganization(o, Name));

    /// <summary>The country's profile by its code in any case (<c>rs</c>, <c>RS</c>), or null when no country has it.</summary>
    public static async Task<CountryProfile?> LoadAsync(BalkanMeetingsDbContext db, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(code);
        code = code.Trim().ToUpperInvariant();
        var country = await db.Countries.AsNoTracking()
            .Where(c => c.Code == code)
            .Select(c => new { c.Code, c.Name, c.Capital, Aliases = c.Aliases.Where(a => !a.IsDemonym).OrderBy(a => a.Text).Select(a => a.Text).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (country is null)
        {
            return null;
        }

        var meetingIds = db.MeetingCountries.Where(c => c.CountryCode == code).Select(c => c.MeetingId);

        // Undated meetings fall into year 0: one query gives the total, the undated and the years.
        var byYear = await db.Meetings
            .Where(m => meetingIds.Contains(m.Id))
            .GroupBy(m => m.Date == null ? 0 : m.Date.Value.Year)
            .Select(g => new YearCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        var years = byYear.Where(y => y.Year > 0).OrderBy(y => y.Year).ToList();

        var summits = new List<SummitRef>();
        if (years.Count > 0)
        {
            var first = new DateOnly(years[0].Year, 1, 1);
            var last = new DateOnly(years[^1].Year, 12, 31);
            summits = await db.Summits.AsNoTracking()
                .Where(s => s.Start >= first && s.Start <= last)
                .OrderBy(s => s.Start)
                .Select(s => new SummitRef(s.Name, s.City, s.Start, s.End))
                .ToListAsync(cancellationToken);
        }

        var participants = db.Participations.Where(p => meetingIds.Contains(p.MeetingId) && p.PersonId != null);
        var people = await MeetingTallies.PeopleAsync(db, meetingIds, OfficialsSize, cancellationToken);

        // Each official with the office the articles give most often for them in this country's meetings.
        var ids = people.Select(p => int.Parse(p.Value, CultureInfo.InvariantCulture)).ToList();
        var offices = await participants
            .Where(p => ids.Contains(p.PersonId!.Value))
            .Select(p => new { p.MeetingId, PersonId = p.PersonId!.Value, p.Role, p.Organization })
            .Distinct()
            .GroupBy(p => new { p.PersonId, p.Role, p.Organization })
            .Select(g => new { g.Key.PersonId, g.Key.Role, g.Key.Organization, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var officeOf = offices
            .GroupBy(o => o.PersonId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(o => o.Count).ThenBy(o => o.Role, StringComparer.Ordinal).First());

        var topics = await MeetingTallies.TopicsAsync(db, meetingIds, TopSize, cancellationToken);

        var initiatives = await MeetingTallies.InitiativesAsync(db, meetingIds, TopSize, cancellationToken);

        return new CountryProfile(
            country.Code,
            country.Name,
            country.Capital,
            country.Aliases,
            byYear.Sum(y => y.Count),
            byYear.Where(y => y.Year == 0).Sum(y => y.Count),
            years,
            summits,
            people.Select(p => int.Parse(p.Value, CultureInfo.InvariantCulture))
                .Zip(people, (id, p) => new OfficialMet(id, p.Label, officeOf[id].Role, officeOf[id].Organization, p.Count))
                .ToList(),
            topics,
            initiatives);
    }

    private static bool IsOrganization(OfficialMet official, string organization) =>
        string.Equals(official.Organization, organization, StringComparison.OrdinalIgnoreCase);
}

/// <summary>How many meetings fell in a year.</summary>
public sealed record YearCount(int Year, int Count);

/// <summary>A NATO summit as charts mark it.</summary>
public sealed record SummitRef(string Name, string City, DateOnly Start, DateOnly End);

/// <summary>A person met in a country's meetings, with the office the articles give most often, and in how many meetings.</summary>
public sealed record OfficialMet(int PersonId, string Name, string Role, string Organization, int Count)
{
    public string Office => OfficeLabel.Of(Role, Organization);
}
