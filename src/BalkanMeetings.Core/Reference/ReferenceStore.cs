using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Reference;

/// <summary>
/// The database copy of the reference data, which editors correct: seeded once from the files, then read back by
/// the importer in their place. See docs/reference-data.md.
/// </summary>
public sealed class ReferenceStore(BalkanMeetingsDbContext db)
{
    /// <summary>
    /// Writes the offices, people, countries, summits and topics of <paramref name="set"/> in one transaction when the
    /// database holds none of them yet, and returns true. Returns false and writes nothing otherwise, so a second
    /// import never overwrites an editor's correction.
    /// </summary>
    public async Task<bool> SeedIfEmptyAsync(ReferenceSet set, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);

        // The check runs inside the transaction (BEGIN IMMEDIATE on SQLite), so two first imports cannot both seed.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            // PostgreSQL's transactions take no write lock as they begin: this one makes a second first import wait
            // for the first to commit, and then see its rows.
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(4775531660716132463)", cancellationToken);
        }

        if (await HoldsReferenceDataAsync(cancellationToken))
        {
            return false;
        }

        // Each kind is added in file order, so ids keep that order: the importer's phrase matchers let the first
        // entry of a phrase win, and LoadAsync orders by id.
        var people = set.People.Select(NewPerson).ToList();
        var peopleByName = people.ToDictionary(p => p.Name, StringComparer.Ordinal);
        db.People.AddRange(people);
        db.Offices.AddRange(set.Offices.Select(o => new Office
        {
            Person = peopleByName.GetValueOrDefault(o.Person)
                ?? throw new InvalidDataException($"Office '{o.Describe()}' names a person missing from the people."),
            Title = o.Title,
            Organization = o.Organization,
            Start = o.Start,
            End = o.End,
            SourceUrl = o.SourceUrl,
        }));
        db.Countries.AddRange(set.Countries.Select(NewCountry));
        db.Summits.AddRange(set.Summits.Select(s => new Summit
        {
            Name = s.Name,
            City = s.City,
            Country = s.Country,
            Start = s.Start,
            End = s.End,
            SourceUrl = s.SourceUrl,
        }));
        db.Topics.AddRange(set.Topics.Select(NewTopic));

        await db.SaveChangesAsync(cancellationToken);
        await WriteVersion.MoveOnAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// The reference data as the database holds it, editors' corrections included. People are all the database
    /// knows: the reference ones and those the importer created. Places, roles, country parties and summit themes
    /// have no tables, so they come from <paramref name="fileSet"/> (parties by country code, themes by summit name
    /// and start date).
    /// </summary>
    public async Task<ReferenceSet> LoadAsync(ReferenceSet fileSet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fileSet);

        var offices = await db.Offices.AsNoTracking()
            .OrderBy(o => o.Id)
            .Select(o => new OfficeTerm(o.Person!.Name, o.Title, o.Organization, o.Start, o.End, o.SourceUrl))
            .ToListAsync(cancellationToken);
        var people = await db.People.AsNoTracking()
            .Include(p => p.Aliases.OrderBy(a => a.Id))
            .OrderBy(p => p.Id)
            .ToListAsync(cancellationToken);
        var summits = await db.Summits.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);
        // Countries are keyed by code and have no id to keep the file order; the file lists them by name.
        var countries = await db.Countries.AsNoTracking()
            .Include(c => c.Aliases.OrderBy(a => a.Id))
            .OrderBy(c => c.Name)
            .ToListAsync(cancellationToken);
        var topics = await db.Topics.AsNoTracking()
            .Include(t => t.Synonyms.OrderBy(s => s.Id))
            .OrderBy(t => t.Id)
            .ToListAsync(cancellationToken);

        var parties = fileSet.Countries.ToDictionary(c => c.Code, c => c.Parties, StringComparer.Ordinal);
        var themes = fileSet.Summits.ToLookup(s => (s.Name, s.Start), s => s.Themes);

        return fileSet with
        {
            Offices = offices,
            Summits = summits
                .Select(s => new SummitRecord(
                    s.Name,
                    s.City,
                    s.Country,
                    s.Start,
                    s.End,
                    s.SourceUrl,
                    themes[(s.Name, s.Start)].SelectMany(t => t).ToList()))
                .ToList(),
            Countries = countries
                .Select(c => new CountryRecord(
                    c.Code,
                    c.Name,
                    c.Capital,
                    c.Aliases.Where(a => !a.IsDemonym).Select(a => a.Text).ToList(),
                    c.Aliases.Where(a => a.IsDemonym).Select(a => a.Text).ToList(),
                    parties.GetValueOrDefault(c.Code) ?? []))
                .ToList(),
            Topics = topics.Select(t => new TopicRecord(t.Name, t.Synonyms.Select(s => s.Phrase).ToList())).ToList(),
            People = people.Select(p => new PersonRecord(p.Name, p.Aliases.Select(a => a.Text).ToList())).ToList(),
        };
    }

    private async Task<bool> HoldsReferenceDataAsync(CancellationToken cancellationToken) =>
        await db.People.AnyAsync(p => p.IsReference, cancellationToken)
        || await db.Offices.AnyAsync(cancellationToken)
        || await db.Countries.AnyAsync(cancellationToken)
        || await db.Topics.AnyAsync(cancellationToken)
        || await db.Summits.AnyAsync(cancellationToken);

    private static Person NewPerson(PersonRecord record)
    {
        var person = new Person { Name = record.Name, SearchKey = NameFolding.Fold(record.Name), IsReference = true };
        person.Aliases.AddRange(
            record.Aliases.Select(a => new PersonAlias { Text = a, SearchKey = NameFolding.Fold(a) }));
        return person;
    }

    private static Country NewCountry(CountryRecord record)
    {
        var country = new Country { Code = record.Code, Name = record.Name, Capital = record.Capital };
        country.Aliases.AddRange(record.Aliases.Select(a => new CountryAlias { CountryCode = record.Code, Text = a }));
        country.Aliases.AddRange(
            record.Demonyms.Select(d => new CountryAlias { CountryCode = record.Code, Text = d, IsDemonym = true }));
        return country;
    }

    private static Topic NewTopic(TopicRecord record)
    {
        var topic = new Topic { Name = record.Name };
        topic.Synonyms.AddRange(record.Synonyms.Select(s => new TopicSynonym { Phrase = s }));
        return topic;
    }
}
