using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// A person as editors correct them: the canonical name and the other ways articles write it. The importer finds
/// people by these spellings, folded (<see cref="ImportCatalog.PersonKey"/>), so each spelling may name one person
/// only, and a name changed is kept as an alias. See docs/editing.md#people.
/// </summary>
public sealed class PersonRecord : PhrasesRecord<Person>
{
    public const string Name = NameField;
    public const string Aliases = nameof(Person.Aliases);

    public override string RecordType => nameof(Person);

    protected override string PhrasesField => Aliases;

    protected override int MaxNameLength => FieldLimits.PersonName;

    protected override int MaxPhrases => FieldLimits.Aliases;

    protected override string MissingName => "Give the person's name.";

    protected override string PhraseWord => "alias";

    protected override string PhraseWords => "aliases";

    protected override IQueryable<Person> Query(BalkanMeetingsDbContext db) => db.People.Include(p => p.Aliases);

    protected override RecordState ToState(Person entity) =>
        new() { [Name] = entity.Name, [Aliases] = LineList.Write(entity.Aliases.Select(a => a.Text)) };

    protected override Task ApplyAsync(BalkanMeetingsDbContext db, Person entity, IReadOnlyDictionary<string, string?> values, Revision? revision, CancellationToken cancellationToken)
    {
        foreach (var (field, value) in values)
        {
            switch (field)
            {
                case Name:
                    entity.Name = value!;
                    entity.SearchKey = ImportCatalog.PersonKey(value!);
                    break;
                case Aliases:
                    LineList.Apply(entity.Aliases, value, a => a.Text, text => new PersonAlias { Text = text, SearchKey = string.Empty });
                    foreach (var alias in entity.Aliases)
                    {
                        alias.SearchKey = ImportCatalog.PersonKey(alias.Text);
                    }

                    break;
                default:
                    throw new ArgumentException($"A person has no editable field '{field}'.", nameof(values));
            }
        }

        return Task.CompletedTask;
    }

    protected override string Fold(string phrase) => ImportCatalog.PersonKey(phrase);

    // The importer still meets the old name in articles; kept as an alias, it still finds this person. An alias
    // spelled as the name says nothing, so renaming to an alias swaps the two.
    protected override void Normalise(RecordState current, string name, List<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(phrases);
        if (current.GetValueOrDefault(Name) is { } oldName && oldName != name && !phrases.Contains(oldName, StringComparer.Ordinal))
        {
            phrases.Add(oldName);
        }

        phrases.RemoveAll(a => a == name);
    }

    protected override async Task<ILookup<string, string>> OwnersAsync(BalkanMeetingsDbContext db, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var people = await db.People.AsNoTracking()
            .Where(p => keys.Contains(p.SearchKey) || p.Aliases.Any(a => keys.Contains(a.SearchKey)))
            .OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.Name, p.SearchKey, Aliases = p.Aliases.Select(a => a.SearchKey).ToList() })
            .ToListAsync(cancellationToken);
        return people
            .SelectMany(p => p.Aliases.Append(p.SearchKey).Where(keys.Contains).Select(key => (Key: key, Owner: $"{p.Name} (#{p.Id})")))
            .ToLookup(p => p.Key, p => p.Owner, StringComparer.Ordinal);
    }

    protected override string Taken(string phrase, string owner) =>
        $"“{phrase}” already names another person, {owner}. If they are the same person, merge the two instead.";
}
