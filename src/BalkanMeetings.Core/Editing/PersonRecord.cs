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
public sealed class PersonRecord : PhrasesRecord
{
    public const string Name = NameField;
    public const string Aliases = nameof(Person.Aliases);

    public const int NameMaxLength = 200;

    public override string RecordType => nameof(Person);

    protected override string PhrasesField => Aliases;

    protected override int MaxNameLength => NameMaxLength;

    protected override string MissingName => "Give the person's name.";

    protected override string PhraseWord => "alias";

    public override async Task<RecordState?> LoadAsync(BalkanMeetingsDbContext db, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var person = await db.People.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new { p.Name, Aliases = p.Aliases.Select(a => a.Text).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        return person is null ? null : new RecordState { [Name] = person.Name, [Aliases] = LineList.Write(person.Aliases) };
    }

    public override async Task ApplyAsync(BalkanMeetingsDbContext db, int id, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(values);
        var person = await db.People.Include(p => p.Aliases).SingleAsync(p => p.Id == id, cancellationToken);
        foreach (var (field, value) in values)
        {
            switch (field)
            {
                case Name:
                    person.Name = value!;
                    person.SearchKey = ImportCatalog.PersonKey(value!);
                    break;
                case Aliases:
                    LineList.Apply(person.Aliases, value, a => a.Text, text => new PersonAlias { Text = text, SearchKey = string.Empty });
                    foreach (var alias in person.Aliases)
                    {
                        alias.SearchKey = ImportCatalog.PersonKey(alias.Text);
                    }

                    break;
                default:
                    throw new ArgumentException($"A person has no editable field '{field}'.", nameof(values));
            }
        }
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
