using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import.Extraction;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// An initiative as editors correct it: name, objective and timeline. A rename leaves <see cref="Initiative.NameKey"/>
/// as it was, because the importer finds the initiative by the name the articles first gave it. See
/// docs/editing.md#initiatives.
/// </summary>
public sealed class InitiativeRecord : EntityRecord<Initiative>
{
    public const string Name = nameof(Initiative.Name);
    public const string Objective = nameof(Initiative.Objective);
    public const string Timeline = nameof(Initiative.Timeline);

    public override string RecordType => nameof(Initiative);

    /// <summary>
    /// The initiative a name typed by an editor means: the one whose name, or the name it was first imported under,
    /// folds to the same words. Null when none or more than one does.
    /// </summary>
    public static async Task<int?> FindByNameAsync(BalkanMeetingsDbContext db, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var named = await NamedAsync(db, Tokenizer.Key(name), cancellationToken);
        return named.Count == 1 ? named[0].Id : null;
    }

    // The initiatives a folded name means: those whose name, or the name they were first imported under, folds to it.
    private static async Task<List<NamedInitiative>> NamedAsync(BalkanMeetingsDbContext db, string key, CancellationToken cancellationToken) =>
        (await db.Initiatives.AsNoTracking().Select(i => new NamedInitiative(i.Id, i.Name, i.NameKey)).ToListAsync(cancellationToken))
            .Where(i => i.NameKey == key || Tokenizer.Key(i.Name) == key)
            .ToList();

    protected override IQueryable<Initiative> Query(BalkanMeetingsDbContext db) => db.Initiatives;

    protected override RecordState ToState(Initiative entity) =>
        new() { [Name] = entity.Name, [Objective] = entity.Objective, [Timeline] = entity.Timeline };

    public override async Task<IReadOnlyDictionary<string, string>> ValidateAsync(BalkanMeetingsDbContext db, RecordState current, RecordState proposed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(proposed);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in new[] { Name, Objective, Timeline })
        {
            proposed[field] = StoredText.Of(proposed.GetValueOrDefault(field));
        }

        var name = proposed[Name];
        if (name is null || Tokenizer.Key(name).Length == 0)
        {
            errors[Name] = "Give the initiative a name.";
        }
        else if (name.Length > FieldLimits.InitiativeName)
        {
            errors[Name] = $"Keep the name under {FieldLimits.InitiativeName} characters.";
        }
        else if (Tokenizer.Key(name) is var key && Tokenizer.Key(current.GetValueOrDefault(Name) ?? string.Empty) is var currentKey && key != currentKey)
        {
            // A name folding as the current one does is this initiative's own; any other the new name means is
            // another, and sharing a name with it would leave the name meaning neither.
            var others = (await NamedAsync(db, key, cancellationToken)).Where(i => Tokenizer.Key(i.Name) != currentKey);
            if (others.OrderBy(i => Tokenizer.Key(i.Name) != key).FirstOrDefault() is { } other)
            {
                errors[Name] = Tokenizer.Key(other.Name) == key
                    ? $"Another initiative is called that: “{other.Name}”. If they are the same initiative, they should be one."
                    : $"Another initiative was first imported under that name, and is now called “{other.Name}”. If they are the same initiative, they should be one.";
            }
        }

        if (proposed[Objective] is { Length: > FieldLimits.Objective })
        {
            errors[Objective] = $"Keep the objective under {FieldLimits.Objective} characters.";
        }

        if (proposed[Timeline] is { Length: > FieldLimits.Timeline })
        {
            errors[Timeline] = $"Keep the timeline under {FieldLimits.Timeline} characters.";
        }

        return errors;
    }

    protected override Task ApplyAsync(BalkanMeetingsDbContext db, Initiative entity, IReadOnlyDictionary<string, string?> values, Revision? revision, CancellationToken cancellationToken)
    {
        foreach (var (field, value) in values)
        {
            switch (field)
            {
                case Name:
                    entity.Name = value!;
                    break;
                case Objective:
                    entity.Objective = value;
                    break;
                case Timeline:
                    entity.Timeline = value;
                    break;
                default:
                    throw new ArgumentException($"An initiative has no editable field '{field}'.", nameof(values));
            }
        }

        return Task.CompletedTask;
    }

    private sealed record NamedInitiative(int Id, string Name, string NameKey);
}
