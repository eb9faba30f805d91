using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import.Extraction;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// An entry of the topic vocabulary: its name and the phrases that file a meeting under it. The importer compares
/// phrases folded (<see cref="Tokenizer.Key"/>) and lets the first topic with a phrase win, so a phrase may belong to
/// one topic only (the seeded vocabulary shares a few, which are left be). Editors may add topics. See
/// docs/editing.md#topics.
/// </summary>
public sealed class TopicRecord : PhrasesRecord<Topic>
{
    public const string Name = NameField;
    public const string Synonyms = nameof(Topic.Synonyms);

    public override string RecordType => nameof(Topic);

    protected override string PhrasesField => Synonyms;

    protected override int MaxNameLength => FieldLimits.TopicName;

    protected override int MaxPhrases => FieldLimits.Synonyms;

    protected override string MissingName => "Give the topic a name.";

    protected override string PhraseWord => "synonym";

    protected override string PhraseWords => "synonyms";

    protected override IQueryable<Topic> Query(BalkanMeetingsDbContext db) => db.Topics.Include(t => t.Synonyms);

    protected override RecordState ToState(Topic entity) =>
        new() { [Name] = entity.Name, [Synonyms] = LineList.Write(entity.Synonyms.Select(s => s.Phrase)) };

    protected override Task ApplyAsync(BalkanMeetingsDbContext db, Topic entity, IReadOnlyDictionary<string, string?> values, Revision? revision, CancellationToken cancellationToken)
    {
        Apply(entity, values);
        return Task.CompletedTask;
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

    protected override string Fold(string phrase) => Tokenizer.Key(phrase);

    // The vocabulary is small (tens of topics), and phrases fold in code, so it is compared in memory.
    protected override async Task<ILookup<string, string>> OwnersAsync(BalkanMeetingsDbContext db, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var topics = await db.Topics.AsNoTracking()
            .OrderBy(t => t.Id)
            .Select(t => new { t.Name, Phrases = t.Synonyms.Select(s => s.Phrase).ToList() })
            .ToListAsync(cancellationToken);
        return topics
            .SelectMany(t => t.Phrases.Append(t.Name).Select(p => (Key: Tokenizer.Key(p), Owner: t.Name)))
            .Where(p => keys.Contains(p.Key))
            .ToLookup(p => p.Key, p => p.Owner, StringComparer.Ordinal);
    }

    protected override string Taken(string phrase, string owner) =>
        $"“{phrase}” already belongs to the topic “{owner}”; a phrase can file meetings under one topic only.";

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
                    LineList.Apply(topic.Synonyms, value, s => s.Phrase, phrase => new TopicSynonym { Phrase = phrase });
                    break;
                default:
                    throw new ArgumentException($"A topic has no editable field '{field}'.", nameof(values));
            }
        }
    }
}
