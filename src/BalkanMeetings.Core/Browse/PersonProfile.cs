using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Reference;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Browse;

/// <summary>
/// Everything the person page shows: names (and which of them editors corrected), offices from the reference data, the meetings in date order with the
/// office held at each, and who and which countries the person met most. Loaded in a fixed number of queries
/// however many meetings the person has.
/// </summary>
public sealed record PersonProfile(
    int Id,
    string Name,
    bool IsReference,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<OfficeHeld> Offices,
    int MeetingCount,
    IReadOnlyList<PersonMeeting> Timeline,
    IReadOnlyList<FacetValue> PeopleMet,
    IReadOnlyList<FacetValue> CountriesMet,
    IReadOnlySet<string> CorrectedFields)
{
    /// <summary>The timeline stops here; the meetings list has the rest.</summary>
    public const int TimelineLimit = 300;

    /// <summary>How many of the people and countries met are listed.</summary>
    public const int TopSize = 12;

    /// <summary>True when an editor has corrected the field (<c>Name</c>, <c>Aliases</c>).</summary>
    public bool IsCorrected(string field) => CorrectedFields.Contains(field);

    /// <summary>True when the timeline had to leave meetings out.</summary>
    public bool TimelineIsPartial => Timeline.Count < MeetingCount;

    /// <summary>The person's profile, or null when no person has that id.</summary>
    public static async Task<PersonProfile?> LoadAsync(BalkanMeetingsDbContext db, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var person = await db.People.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new
            {
                p.Id,
                p.Name,
                p.IsReference,
                Aliases = p.Aliases.OrderBy(a => a.Text).Select(a => a.Text).ToList(),
                Offices = p.Offices.OrderBy(o => o.Start).ThenBy(o => o.Id)
                    .Select(o => new OfficeHeld(o.Title, o.Organization, o.Start, o.End, o.SourceUrl)).ToList(),
                Corrected = db.Corrections.Where(c => c.RecordType == nameof(Person) && c.RecordId == p.Id).Select(c => c.Field).ToList(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return null;
        }

        var meetingIds = db.Participations.Where(p => p.PersonId == id).Select(p => p.MeetingId);
        var meetings = db.Meetings.AsNoTracking().Where(m => meetingIds.Contains(m.Id));
        var count = await meetings.CountAsync(cancellationToken);

        // Oldest first, undated last; when capped, the newest are kept.
        var rows = await meetings
            .OrderBy(m => m.Date == null).ThenByDescending(m => m.Date).ThenByDescending(m => m.Id)
            .Take(TimelineLimit)
            .Select(m => new
            {
                m.Id,
                m.Title,
                m.Date,
                m.DatePrecision,
                m.DateOrigin,
                m.City,
                m.Kind,
                m.Status,
                Countries = m.Countries.OrderBy(c => c.Country!.Name).Select(c => new CountryRef(c.CountryCode, c.Country!.Name)).ToList(),
                Participants = m.Participants.OrderBy(p => p.Id)
                    .Select(p => new ParticipantRef(p.PersonId, p.Person != null ? p.Person.Name : null, p.Role, p.Organization, p.NameOrigin))
                    .ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var timeline = rows
            .Select(m =>
            {
                var roles = m.Participants.Where(p => p.PersonId == id).DistinctBy(p => p.Office).ToList();
                var others = m.Participants.Where(p => p.PersonId != id).DistinctBy(p => (p.PersonId, p.Label)).ToList();
                return new PersonMeeting(
                    m.Id, m.Title, m.Date, m.DatePrecision, m.DateOrigin, m.City, m.Kind, m.Status, m.Countries, roles, others,
                    OfficeCheck.For(person.IsReference, person.Offices, roles, m.Date, m.DatePrecision));
            })
            .OrderBy(m => m.Date is null).ThenBy(m => m.Date).ThenBy(m => m.Id)
            .ToList();

        var peopleMet = await MeetingTallies.PeopleAsync(db, meetingIds, TopSize, cancellationToken, except: id);

        var countriesMet = await MeetingTallies.CountriesAsync(db, meetingIds, TopSize, cancellationToken);

        return new PersonProfile(
            person.Id,
            person.Name,
            person.IsReference,
            person.Aliases.Where(a => !string.Equals(a, person.Name, StringComparison.Ordinal)).ToList(),
            person.Offices,
            count,
            timeline,
            peopleMet,
            countriesMet,
            person.Corrected.ToHashSet(StringComparer.Ordinal));
    }
}

/// <summary>An office from the reference data: who says so is <see cref="SourceUrl"/>.</summary>
public sealed record OfficeHeld(string Title, string Organization, DateOnly Start, DateOnly? End, string? SourceUrl)
{
    public string Label => OfficeLabel.Of(Title, Organization);

    /// <summary>True when the office was held on some day from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public bool Overlaps(DateOnly from, DateOnly to) => Start <= to && (End is not { } end || end >= from);
}

/// <summary>One meeting of the person: the office the article gave, and what the reference data says of it.</summary>
public sealed record PersonMeeting(
    int Id,
    string Title,
    DateOnly? Date,
    DatePrecision DatePrecision,
    ValueOrigin DateOrigin,
    string? City,
    MeetingKind Kind,
    MeetingStatus Status,
    IReadOnlyList<CountryRef> Countries,
    IReadOnlyList<ParticipantRef> Roles,
    IReadOnlyList<ParticipantRef> Others,
    OfficeCheck Check);

public enum OfficeAgreement
{
    /// <summary>The reference data has the office the article gave.</summary>
    Matches = 0,

    /// <summary>The reference data has the person in other offices at that date.</summary>
    Differs = 1,

    /// <summary>The reference data has the person in no office at that date.</summary>
    NoOffice = 2,

    /// <summary>The meeting has no date, so there is nothing to check against.</summary>
    DateUnknown = 3,

    /// <summary>The person is not in the reference data.</summary>
    NotInReference = 4,
}

/// <summary>
/// The article's office for a person at a meeting checked against the dated reference offices. Articles are partly
/// machine-written and sometimes wrong (a former Secretary General still "meeting" people), so the page shows both.
/// </summary>
/// <remarks>
/// <see cref="Offices"/> are the reference offices held on the meeting's date, or at some time in its month or year.
/// When none was held then, <see cref="Nearest"/> is the office that ended last before it, else the next one to start.
/// </remarks>
public sealed record OfficeCheck(OfficeAgreement Agreement, IReadOnlyList<OfficeHeld> Offices, OfficeHeld? Nearest)
{
    public static OfficeCheck For(
        bool isReference, IReadOnlyList<OfficeHeld> offices, IReadOnlyList<ParticipantRef> roles, DateOnly? date, DatePrecision precision)
    {
        ArgumentNullException.ThrowIfNull(offices);
        ArgumentNullException.ThrowIfNull(roles);
        if (!isReference || offices.Count == 0)
        {
            return new OfficeCheck(OfficeAgreement.NotInReference, [], null);
        }

        if (PartialDate.Period(date, precision) is not { } period)
        {
            return new OfficeCheck(OfficeAgreement.DateUnknown, [], null);
        }

        var (from, to) = period;

        var held = offices.Where(o => o.Overlaps(from, to)).ToList();
        if (held.Count == 0)
        {
            var nearest = offices.Where(o => o.End < from).MaxBy(o => o.End)
                ?? offices.Where(o => o.Start > to).MinBy(o => o.Start);
            return new OfficeCheck(OfficeAgreement.NoOffice, [], nearest);
        }

        var matches = roles.Any(r => held.Any(o => SameOffice(o, r.Role, r.Organization)));
        return new OfficeCheck(matches ? OfficeAgreement.Matches : OfficeAgreement.Differs, held, null);
    }

    /// <summary>Compared folded, so case, accents and hyphens (<c>Secretary-General</c>) do not count as a difference.</summary>
    private static bool SameOffice(OfficeHeld office, string role, string organization) =>
        Key(office.Title) == Key(role) && Key(office.Organization) == Key(organization);

    private static string Key(string text) =>
        string.Join(' ', NameFolding.Fold(text).Split([' ', '-', '–'], StringSplitOptions.RemoveEmptyEntries));
}
