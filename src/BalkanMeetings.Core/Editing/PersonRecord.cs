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
public sealed class PersonRecord : EditableRecord
{
    public const string Name = nameof(Person.Name);
    public const string Aliases = nameof(Person.Aliases);

    public const int NameMaxLength = 200;

    public override string RecordType => nameof(Person);

    public override async Task<RecordState?> LoadAsync(BalkanMeetingsDbContext db, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var person = await db.People.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new { p.Name, Aliases = p.Aliases.Select(a => a.Text).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        return person is null ? null : new RecordState { [Name] = person.Name, [Aliases] = LineList.Write(person.Aliases) };
    }

    public override async Task<IReadOnlyDictionary<string, string>> ValidateAsync(BalkanMeetingsDbContext db, RecordState current, RecordState proposed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(proposed);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var name = proposed.GetValueOrDefault(Name)?.Trim();
        var aliases = LineList.Read(proposed.GetValueOrDefault(Aliases)).ToList();
        if (string.IsNullOrEmpty(name))
        {
            errors[Name] = "Give the person's name.";
        }
        else if (name.Length > NameMaxLength)
        {
            errors[Name] = $"Keep the name under {NameMaxLength} characters.";
        }

        if (LineList.Problem(aliases, "alias") is { } problem)
        {
            errors[Aliases] = problem;
        }

        // The importer still meets the old name in articles; kept as an alias, it still finds this person. An alias
        // spelled as the name says nothing, so renaming to an alias swaps the two.
        var oldName = current.GetValueOrDefault(Name);
        if (name is not null && oldName is not null && oldName != name && !aliases.Contains(oldName, StringComparer.Ordinal))
        {
            aliases.Add(oldName);
        }

        aliases.RemoveAll(a => a == name);
        proposed[Name] = string.IsNullOrEmpty(name) ? null : name;
        proposed[Aliases] = LineList.Write(aliases);
        if (errors.Count == 0)
        {
            await CheckSpellingsAsync(db, current, name!, aliases, errors, cancellationToken);
        }

        return errors;
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
                    var texts = LineList.Read(value);
                    person.Aliases.RemoveAll(a => !texts.Contains(a.Text, StringComparer.Ordinal));
                    person.Aliases.AddRange(texts
                        .Where(text => person.Aliases.TrueForAll(a => a.Text != text))
                        .Select(text => new PersonAlias { Text = text, SearchKey = string.Empty }));
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

    // A spelling new to this person may not already find someone else: the importer could not tell them apart.
    // Spellings the person had already are not checked again, so an old overlap (for a merge to settle) does not
    // block other corrections.
    private static async Task CheckSpellingsAsync(BalkanMeetingsDbContext db, RecordState current, string name, List<string> aliases, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var had = LineList.Read(current.GetValueOrDefault(Aliases)).Append(current.GetValueOrDefault(Name) ?? string.Empty).Select(ImportCatalog.PersonKey).ToHashSet(StringComparer.Ordinal);
        var spellings = aliases.Select(a => (Field: Aliases, Text: a)).Prepend((Field: Name, Text: name))
            .Select(s => (s.Field, s.Text, Key: ImportCatalog.PersonKey(s.Text)))
            .Where(s => !had.Contains(s.Key))
            .ToList();
        var keys = spellings.Select(s => s.Key).Distinct().ToList();
        var others = await db.People.AsNoTracking()
            .Where(p => keys.Contains(p.SearchKey) || p.Aliases.Any(a => keys.Contains(a.SearchKey)))
            .Select(p => new { p.Id, p.Name, p.SearchKey, Aliases = p.Aliases.Select(a => a.SearchKey).ToList() })
            .ToListAsync(cancellationToken);
        foreach (var (field, text, key) in spellings)
        {
            var other = others.FirstOrDefault(p => p.SearchKey == key || p.Aliases.Contains(key));
            if (other is not null && !errors.ContainsKey(field))
            {
                errors[field] = $"“{text}” already names another person, {other.Name} (#{other.Id}). If they are the same person, merge the two instead.";
            }
        }
    }
}
