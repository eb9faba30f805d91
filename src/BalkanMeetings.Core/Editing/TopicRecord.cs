using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import.Extraction;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// An entry of the topic vocabulary: its name and the phrases that file a meeting under it. The importer compares
/// phrases folded (<see cref="Tokenizer.Key"/>) and lets the first topic with a phrase win, so a phrase may belong to
/// one topic only. Editors may add topics. See docs/editing.md#topics.
/// </summary>
public sealed class TopicRecord : EditableRecord
{
    public const string Name = nameof(Topic.Name);
    public const string Synonyms = nameof(Topic.Synonyms);

    public const int NameMaxLength = 100;

    public override string RecordType => nameof(Topic);

    public override async Task<RecordState?> LoadAsync(BalkanMeetingsDbContext db, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var topic = await db.Topics.AsNoTracking()
            .Where(t => t.Id == id)
            .Select(t => new { t.Name, Synonyms = t.Synonyms.Select(s => s.Phrase).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        return topic is null ? null : new RecordState { [Name] = topic.Name, [Synonyms] = LineList.Write(topic.Synonyms) };
    }

    public override async Task<IReadOnlyDictionary<string, string>> ValidateAsync(BalkanMeetingsDbContext db, RecordState current, RecordState proposed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(proposed);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var name = proposed.GetValueOrDefault(Name)?.Trim();
        var synonyms = LineList.Read(proposed.GetValueOrDefault(Synonyms));
        proposed[Name] = string.IsNullOrEmpty(name) ? null : name;
        proposed[Synonyms] = LineList.Write(synonyms);
        if (string.IsNullOrEmpty(name) || Tokenizer.Key(name).Length == 0)
        {
            errors[Name] = "Give the topic a name.";
        }
        else if (name.Length > NameMaxLength)
        {
            errors[Name] = $"Keep the name under {NameMaxLength} characters.";
        }

        if (LineList.Problem(synonyms, "synonym") is { } problem)
        {
            errors[Synonyms] = problem;
        }

        if (errors.Count == 0)
        {
            await CheckPhrasesAsync(db, current, name!, synonyms, errors, cancellationToken);
        }

        return errors;
    }

    public override async Task ApplyAsync(BalkanMeetingsDbContext db, int id, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(values);
        Apply(await db.Topics.Include(t => t.Synonyms).SingleAsync(t => t.Id == id, cancellationToken), values);
    }

    public override async Task<int> CreateAsync(BalkanMeetingsDbContext db, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(values);
        var topic = new Topic { Name = string.Empty };
        Apply(topic, values);
        db.Topics.Add(topic);
        await db.SaveChangesAsync(cancellationToken);
        return topic.Id;
    }

    private static void Apply(Topic topic, IReadOnlyDictionary<string, string?> values)
    {
        foreach (var (field, value) in values)
        {
            switch (field)
            {
                case Name:
                    topic.Name = value!;
                    break;
                case Synonyms:
                    var phrases = LineList.Read(value);
                    topic.Synonyms.RemoveAll(s => !phrases.Contains(s.Phrase, StringComparer.Ordinal));
                    topic.Synonyms.AddRange(phrases
                        .Where(phrase => topic.Synonyms.TrueForAll(s => s.Phrase != phrase))
                        .Select(phrase => new TopicSynonym { Phrase = phrase }));
                    break;
                default:
                    throw new ArgumentException($"A topic has no editable field '{field}'.", nameof(values));
            }
        }
    }

    // A name or synonym new to this topic may not be another topic's: the importer would file the meeting under
    // whichever came first. Phrases the topic had already are not checked again (the seeded vocabulary has a few
    // shared ones), so they do not block other corrections.
    private static async Task CheckPhrasesAsync(BalkanMeetingsDbContext db, RecordState current, string name, IReadOnlyList<string> synonyms, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var had = LineList.Read(current.GetValueOrDefault(Synonyms)).Append(current.GetValueOrDefault(Name) ?? string.Empty).Select(Tokenizer.Key).ToHashSet(StringComparer.Ordinal);
        var phrases = synonyms.Select(s => (Field: Synonyms, Text: s)).Prepend((Field: Name, Text: name))
            .Select(p => (p.Field, p.Text, Key: Tokenizer.Key(p.Text)))
            .Where(p => !had.Contains(p.Key))
            .ToList();
        if (phrases.Count == 0)
        {
            return;
        }

        // The vocabulary is small (tens of topics), and phrases fold in code, so it is compared in memory.
        var others = await db.Topics.AsNoTracking()
            .OrderBy(t => t.Id)
            .Select(t => new { t.Name, Phrases = t.Synonyms.Select(s => s.Phrase).ToList() })
            .ToListAsync(cancellationToken);
        var owners = others
            .SelectMany(t => t.Phrases.Append(t.Name).Select(p => (Key: Tokenizer.Key(p), Topic: t.Name)))
            .ToLookup(p => p.Key, p => p.Topic, StringComparer.Ordinal);
        foreach (var (field, text, key) in phrases)
        {
            if (owners[key].FirstOrDefault() is { } owner && !errors.ContainsKey(field))
            {
                errors[field] = $"“{text}” already belongs to the topic “{owner}”; a phrase can file meetings under one topic only.";
            }
        }
    }
}
