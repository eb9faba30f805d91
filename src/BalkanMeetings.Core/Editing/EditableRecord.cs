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

    /// <summary>The record's current state, or null when there is no such record.</summary>
    public abstract Task<RecordState?> LoadAsync(BalkanMeetingsDbContext db, int id, CancellationToken cancellationToken);

    /// <summary>
    /// What is wrong with a proposed state, by field; empty when it may be saved. May fill in fields that follow from
    /// others (a changed date's origin becomes "edited").
    /// </summary>
    public abstract Task<IReadOnlyDictionary<string, string>> ValidateAsync(BalkanMeetingsDbContext db, RecordState current, RecordState proposed, CancellationToken cancellationToken);

    /// <summary>Writes the given fields (already validated) to the record; the caller saves.</summary>
    public abstract Task ApplyAsync(BalkanMeetingsDbContext db, int id, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the given fields as part of a revision, which <see cref="RecordEditor"/> always does. Most records keep
    /// who changed them only in their history; one that stores it on itself (a flag names who resolved it and when)
    /// takes it from the revision.
    /// </summary>
    public virtual Task ApplyAsync(BalkanMeetingsDbContext db, int id, IReadOnlyDictionary<string, string?> values, Revision revision, CancellationToken cancellationToken) =>
        ApplyAsync(db, id, values, cancellationToken);

    /// <summary>
    /// Adds a record holding the given fields (already validated), saves it inside the caller's transaction and
    /// returns its id. Only kinds editors may add override it.
    /// </summary>
    public virtual Task<int> CreateAsync(BalkanMeetingsDbContext db, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"Editors do not add records of type '{RecordType}'.");
}
