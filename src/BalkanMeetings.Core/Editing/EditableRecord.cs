using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// One kind of record editors correct (a meeting, a person, a topic, ...): how to read it as a
/// <see cref="RecordState"/>, check a proposed state, and write one back. <see cref="RecordEditor"/> does the rest.
/// </summary>
public abstract class EditableRecord
{
    /// <summary>The record type revisions and corrections name, and the history page's address uses.</summary>
    public abstract string RecordType { get; }

    /// <summary>
    /// True when every write to the record changes a concurrency token (a meeting's <see cref="Meeting.Version"/>, a
    /// flag's status), so a write over a record changed since it was read fails by itself. Other records are read
    /// again inside the save's transaction to check.
    /// </summary>
    public virtual bool HasConcurrencyToken => false;

    /// <summary>The record's current state, read without tracking it, or null when there is no such record.</summary>
    public abstract Task<RecordState?> LoadAsync(BalkanMeetingsDbContext db, int id, CancellationToken cancellationToken);

    /// <summary>
    /// The record read for a save, once: tracked, so the save writes to what it read, and the revision records the
    /// values as stored, without reading it again. Null when there is no such record.
    /// </summary>
    public abstract Task<LoadedRecord?> LoadForSaveAsync(BalkanMeetingsDbContext db, int id, CancellationToken cancellationToken);

    /// <summary>
    /// What is wrong with a proposed state, by field; empty when it may be saved. May fill in fields that follow from
    /// others (a changed date's origin becomes "edited").
    /// </summary>
    public abstract Task<IReadOnlyDictionary<string, string>> ValidateAsync(BalkanMeetingsDbContext db, RecordState current, RecordState proposed, CancellationToken cancellationToken);

    /// <summary>
    /// Adds a record holding the given fields (already validated), saves it inside the caller's transaction and
    /// returns its id. Only kinds editors may add override it.
    /// </summary>
    public virtual Task<int> CreateAsync(BalkanMeetingsDbContext db, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"Editors do not add records of type '{RecordType}'.");

    /// <summary>Reads the record and writes the given fields (already validated) to it; the caller saves.</summary>
    public async Task ApplyAsync(BalkanMeetingsDbContext db, int id, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken)
    {
        var record = await LoadForSaveAsync(db, id, cancellationToken) ?? throw new InvalidOperationException($"{RecordType} {id} is not there to write to.");
        await record.ApplyAsync(values, revision: null, cancellationToken);
    }
}
