using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Browse;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Web.Features.Api;

/// <summary>The lists behind the API's lookup endpoints: what a meeting filter can select, each with its meeting count.</summary>
public sealed class ApiCatalog(BalkanMeetingsDbContext db)
{
    public sealed record CountryCount(string Code, string Name, int Meetings);

    public sealed record NamedCount(int Id, string Name, int Meetings);

    public sealed record InitiativeCount(int Id, string Name, string? Objective, string? Timeline, int Meetings);

    public sealed record PersonSummary(int Id, string Name, bool IsReference, IReadOnlyList<string> Aliases, int Meetings);

    public sealed record OfficeHeld(string Title, string Organization, DateOnly Start, DateOnly? End, string? SourceUrl);

    public sealed record PersonDetail(PersonSummary Person, IReadOnlyList<OfficeHeld> Offices);

    public Task<List<CountryCount>> CountriesAsync(CancellationToken cancellationToken) =>
        db.Countries.AsNoTracking()
            .OrderBy(c => c.Name)
            .Select(c => new CountryCount(c.Code, c.Name, db.MeetingCountries.Count(m => m.CountryCode == c.Code)))
            .ToListAsync(cancellationToken);

    public Task<List<NamedCount>> TopicsAsync(CancellationToken cancellationToken) =>
        db.Topics.AsNoTracking()
            .OrderBy(t => t.Name)
            .Select(t => new NamedCount(t.Id, t.Name, db.MeetingTopics.Count(m => m.TopicId == t.Id)))
            .ToListAsync(cancellationToken);

    public Task<List<InitiativeCount>> InitiativesAsync(CancellationToken cancellationToken) =>
        db.Initiatives.AsNoTracking()
            .OrderBy(i => i.Name)
            .Select(i => new InitiativeCount(i.Id, i.Name, i.Objective, i.Timeline, db.MeetingInitiatives.Count(m => m.InitiativeId == i.Id)))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// People whose name or an alias contains <paramref name="name"/> folded (no diacritics, Cyrillic read as Latin),
    /// by name, a page at a time; everyone when no name is given.
    /// </summary>
    public async Task<(int Total, List<PersonSummary> Page)> PeopleAsync(string? name, int page, int size, CancellationToken cancellationToken)
    {
        var people = db.People.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(name))
        {
            people = people.Matching(name);
        }

        var total = await people.CountAsync(cancellationToken);
        var found = await Summaries(people.OrderBy(p => p.Name).ThenBy(p => p.Id).Skip((page - 1) * size).Take(size))
            .ToListAsync(cancellationToken);
        return (total, found);
    }

    public async Task<PersonDetail?> PersonAsync(int id, CancellationToken cancellationToken)
    {
        var person = await Summaries(db.People.AsNoTracking().Where(p => p.Id == id)).SingleOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return null;
        }

        var offices = await db.Offices.AsNoTracking()
            .Where(o => o.PersonId == id)
            .OrderBy(o => o.Start).ThenBy(o => o.Title)
            .Select(o => new OfficeHeld(o.Title, o.Organization, o.Start, o.End, o.SourceUrl))
            .ToListAsync(cancellationToken);
        return new PersonDetail(person, offices);
    }

    private IQueryable<PersonSummary> Summaries(IQueryable<Core.Domain.Person> people) =>
        people.Select(p => new PersonSummary(
            p.Id,
            p.Name,
            p.IsReference,
            p.Aliases.OrderBy(a => a.Text).Select(a => a.Text).ToList(),
            db.Participations.Where(x => x.PersonId == p.Id).Select(x => x.MeetingId).Distinct().Count()));
}
