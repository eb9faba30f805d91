using BalkanMeetings.Core.Data;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// A record that is a name and other phrases that find it in articles: a person and their aliases, a topic and its
/// synonyms. The name is required; the phrases are a <see cref="LineList"/>. The importer compares phrases folded, so
/// a phrase new to the record may not already find another one: it could not tell them apart. Phrases the record
/// already had are not checked again, so an overlap that was there before does not block other corrections. A list
/// longer than its limit may not grow.
/// </summary>
/// <typeparam name="TEntity">The entity.</typeparam>
public abstract class PhrasesRecord<TEntity> : EntityRecord<TEntity>
    where TEntity : class
{
    protected const string NameField = "Name";

    /// <summary>The field holding the other phrases, one a line.</summary>
    protected abstract string PhrasesField { get; }

    protected abstract int MaxNameLength { get; }

    /// <summary>The most phrases the record may have.</summary>
    protected abstract int MaxPhrases { get; }

    protected abstract string MissingName { get; }

    /// <summary>What one of the phrases is called in messages ("alias").</summary>
    protected abstract string PhraseWord { get; }

    /// <summary>What several are called ("aliases").</summary>
    protected abstract string PhraseWords { get; }

    /// <summary>A phrase as the importer compares it.</summary>
    protected abstract string Fold(string phrase);

    /// <summary>Records that the folded phrases already find, described for a message, by folded phrase.</summary>
    protected abstract Task<ILookup<string, string>> OwnersAsync(BalkanMeetingsDbContext db, IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Why a phrase another record has is refused.</summary>
    protected abstract string Taken(string phrase, string owner);

    public override async Task<IReadOnlyDictionary<string, string>> ValidateAsync(BalkanMeetingsDbContext db, RecordState current, RecordState proposed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(proposed);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var name = StoredText.Of(proposed.GetValueOrDefault(NameField));
        var phrases = LineList.Read(proposed.GetValueOrDefault(PhrasesField)).ToList();
        if (string.IsNullOrEmpty(name) || Fold(name).Length == 0)
        {
            errors[NameField] = MissingName;
        }
        else if (name.Length > MaxNameLength)
        {
            errors[NameField] = $"Keep the name under {MaxNameLength} characters.";
        }

        if (LineList.Problem(phrases, PhraseWord) is { } problem)
        {
            errors[PhrasesField] = problem;
        }

        if (!string.IsNullOrEmpty(name))
        {
            Normalise(current, name, phrases);
        }

        if (phrases.Count > MaxPhrases && phrases.Count > LineList.Read(current.GetValueOrDefault(PhrasesField)).Count)
        {
            errors.TryAdd(PhrasesField, $"Keep at most {MaxPhrases} {PhraseWords}; this list has {phrases.Count}.");
        }

        proposed[NameField] = name;
        proposed[PhrasesField] = LineList.Write(phrases);
        if (errors.Count == 0)
        {
            await CheckNewPhrasesAsync(db, current, name!, phrases, errors, cancellationToken);
        }

        return errors;
    }

    /// <summary>Fills in phrases that follow from a change of name; nothing by default.</summary>
    protected virtual void Normalise(RecordState current, string name, List<string> phrases)
    {
    }

    private async Task CheckNewPhrasesAsync(BalkanMeetingsDbContext db, RecordState current, string name, List<string> phrases, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var had = LineList.Read(current.GetValueOrDefault(PhrasesField)).Append(current.GetValueOrDefault(NameField) ?? string.Empty).Select(Fold).ToHashSet(StringComparer.Ordinal);
        var added = phrases.Select(p => (Field: PhrasesField, Text: p)).Prepend((Field: NameField, Text: name))
            .Select(p => (p.Field, p.Text, Key: Fold(p.Text)))
            .Where(p => !had.Contains(p.Key))
            .ToList();
        if (added.Count == 0)
        {
            return;
        }

        var owners = await OwnersAsync(db, added.Select(p => p.Key).ToHashSet(StringComparer.Ordinal), cancellationToken);
        foreach (var (field, text, key) in added)
        {
            if (owners[key].FirstOrDefault() is { } owner && !errors.ContainsKey(field))
            {
                errors[field] = Taken(text, owner);
            }
        }
    }
}
