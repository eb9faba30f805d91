using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// Saves editors' changes to any <see cref="EditableRecord"/>, and adds records: reads each record once, refuses a
/// save when the record changed since the form was opened, validates, and has <see cref="RevisionWriter"/> write the
/// fields, one <see cref="Revision"/> with a change per field, and the corrections that keep the importer off those
/// fields, in one short transaction. Reverts are <see cref="RevisionReverter"/>'s, merges and splits
/// <see cref="RecordRestructurer"/>'s. See docs/editing.md#how-saves-work.
/// </summary>
public sealed class RecordEditor(BalkanMeetingsDbContext db, EditableRecords kinds, RevisionWriter writer)
{
    private static readonly Dictionary<string, string> NoProblems = [];

    public Task<RecordState?> LoadAsync(string recordType, int id, CancellationToken cancellationToken) =>
        kinds[recordType].LoadAsync(db, id, cancellationToken);

    /// <param name="recordType">The kind of record.</param>
    /// <param name="id">The record.</param>
    /// <param name="opened">The state the form showed when the editor opened it.</param>
    /// <param name="proposed">The fields the form sends; fields it leaves out keep their values.</param>
    /// <param name="reason">The edit summary.</param>
    /// <param name="editor">Who saves.</param>
    /// <param name="cancellationToken">Cancels the save; nothing is written.</param>
    public Task<EditResult> SaveAsync(
        string recordType, int id, RecordState opened, RecordState proposed, string? reason, EditorIdentity editor, CancellationToken cancellationToken) =>
        SaveAsync(recordType, id, opened, proposed, reason, editor, NoProblems, cancellationToken);

    /// <summary>
    /// Saves one record, unless the form itself found problems (a name that matches no record): those refuse the save
    /// and are reported together with everything else it would refuse, so the editor sees all there is to fix at once.
    /// </summary>
    public async Task<EditResult> SaveAsync(
        string recordType, int id, RecordState opened, RecordState proposed, string? reason, EditorIdentity editor, IReadOnlyDictionary<string, string> formErrors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(formErrors);
        var loaded = await LoadAsync([new RecordEdit(recordType, id, opened, proposed)], cancellationToken);
        return loaded is null
            ? EditResult.NotFound
            : await SaveLoadedAsync(RevisionWriter.NewRevision(RevisionKind.Edit, recordType, id, reason, editor), loaded, formErrors, cancellationToken);
    }

    /// <summary>
    /// Saves changes to one or more records as one revision, listed first in the history of the first record (a
    /// resolved flag and the participant its fix replaced are one step, and one revert undoes both). Refused as a
    /// whole when any record is missing, changed since its form was opened, or invalid.
    /// </summary>
    /// <param name="kind">What the revision is: an edit, a flag's resolution, ...; a revert is <see cref="RevisionReverter"/>'s.</param>
    /// <param name="edits">The records and what is proposed for each, the revision's own record first.</param>
    /// <param name="reason">The edit summary.</param>
    /// <param name="editor">Who saves.</param>
    /// <param name="cancellationToken">Cancels the save; nothing is written.</param>
    public async Task<EditResult> SaveAsync(
        RevisionKind kind, IReadOnlyList<RecordEdit> edits, string? reason, EditorIdentity editor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edits);
        ArgumentNullException.ThrowIfNull(editor);
        ArgumentOutOfRangeException.ThrowIfZero(edits.Count, nameof(edits));
        if (kind == RevisionKind.Revert)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "A revert names the revision it undoes: use RevisionReverter.");
        }

        var loaded = await LoadAsync(edits, cancellationToken);
        return loaded is null
            ? EditResult.NotFound
            : await SaveLoadedAsync(RevisionWriter.NewRevision(kind, edits[0].RecordType, edits[0].Id, reason, editor), loaded, NoProblems, cancellationToken);
    }

    /// <summary>
    /// Adds a record: validates the proposed fields as changes from nothing, creates the record, and writes a
    /// <see cref="RevisionKind.Create"/> revision whose changes go from no value to each value stored, with its
    /// corrections, all in one transaction. <see cref="EditResult.RecordId"/> is the new record's id.
    /// </summary>
    public async Task<EditResult> CreateAsync(string recordType, RecordState proposed, string? reason, EditorIdentity editor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        ArgumentNullException.ThrowIfNull(editor);
        var kind = kinds[recordType];
        var values = new RecordState(proposed);
        var errors = new Dictionary<string, string>(await kind.ValidateAsync(db, new RecordState(), values, cancellationToken), StringComparer.Ordinal);
        RevisionWriter.CheckReason(errors, reason);
        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        var revision = RevisionWriter.NewRevision(RevisionKind.Create, recordType, 0, reason, editor);
        return await writer.WriteAsync(revision, ct => CreateRecordAsync(kind, revision, values, ct), cancellationToken) ?? EditResult.Conflict([]);
    }

    /// <summary>
    /// Saves records already read for the save (<see cref="EditableRecord.LoadForSaveAsync"/>) as the given revision:
    /// refused when any changed since its form was opened (what the form showed differs from what was read), when its
    /// proposed state (the current one with the form's fields over it) is invalid, when the reason is missing, or when
    /// the form found problems of its own; otherwise written, or refused as a conflict when a write landed meanwhile.
    /// </summary>
    internal async Task<EditResult> SaveLoadedAsync(Revision revision, IReadOnlyList<LoadedEdit> edits, IReadOnlyDictionary<string, string> formErrors, CancellationToken cancellationToken)
    {
        var planned = new List<PlannedEdit>();
        var conflicts = new List<ChangedMeanwhile>();
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (record, opened, proposed, asGiven) in edits)
        {
            var current = record.Read;
            conflicts.AddRange(ChangedSince(opened, current));
            var full = new RecordState(current);
            foreach (var (field, value) in proposed)
            {
                full[field] = value;
            }

            var written = asGiven ? new RecordState(full) : full;
            foreach (var (field, message) in await record.Kind.ValidateAsync(db, current, full, cancellationToken))
            {
                errors.TryAdd(field, message);
            }

            planned.Add(new PlannedEdit(record, RecordState.ChangedFields(current, written).ToDictionary(f => f, f => written.GetValueOrDefault(f), StringComparer.Ordinal)));
        }

        var first = edits[0].Record.Read;
        if (conflicts.Count > 0)
        {
            return EditResult.Conflict(conflicts, first);
        }

        RevisionWriter.CheckReason(errors, revision.Reason);
        foreach (var (field, message) in formErrors)
        {
            errors[field] = message;
        }

        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors, first);
        }

        if (planned.TrueForAll(p => p.Values.Count == 0))
        {
            return EditResult.Unchanged;
        }

        return await writer.WriteAsync(revision, ct => ApplyAsync(planned, revision, ct), cancellationToken)
            ?? await ConflictAfterRaceAsync(edits, cancellationToken);
    }

    // Each record of the save, read once; null when one is not there.
    private async Task<List<LoadedEdit>?> LoadAsync(IReadOnlyList<RecordEdit> edits, CancellationToken cancellationToken)
    {
        var loaded = new List<LoadedEdit>();
        foreach (var edit in edits)
        {
            ArgumentNullException.ThrowIfNull(edit.Opened);
            ArgumentNullException.ThrowIfNull(edit.Proposed);
            if (await kinds[edit.RecordType].LoadForSaveAsync(db, edit.Id, cancellationToken) is not { } record)
            {
                return null;
            }

            loaded.Add(new LoadedEdit(record, edit.Opened, edit.Proposed));
        }

        return loaded;
    }

    private static List<ChangedMeanwhile> ChangedSince(RecordState opened, RecordState current) =>
        RecordState.ChangedFields(opened, current)
            .Select(field => new ChangedMeanwhile(field, opened.GetValueOrDefault(field), current.GetValueOrDefault(field)))
            .ToList();

    // Another save landed between reading the records and writing them: report what it changed.
    private async Task<EditResult> ConflictAfterRaceAsync(IReadOnlyList<LoadedEdit> edits, CancellationToken cancellationToken)
    {
        var conflicts = new List<ChangedMeanwhile>();
        RecordState? first = null;
        foreach (var (record, opened, _, _) in edits)
        {
            if (await record.Kind.LoadAsync(db, record.Id, cancellationToken) is not { } now)
            {
                return EditResult.NotFound;
            }

            first ??= now;
            conflicts.AddRange(ChangedSince(opened, now));
        }

        return EditResult.Conflict(conflicts, first);
    }

    // Writes the records read for the save and returns the changes with the values as stored (new rows get their ids
    // from the database); null, writing nothing, when a record changed since it was read. A record with a
    // concurrency token fails the save by itself then; any other is read again here, inside the transaction, where
    // no other write can land before this one. All are checked before any is written.
    private async Task<IReadOnlyList<FieldChange>?> ApplyAsync(List<PlannedEdit> planned, Revision revision, CancellationToken cancellationToken)
    {
        var writing = planned.Where(p => p.Values.Count > 0).ToList();
        foreach (var record in writing.Select(p => p.Record).Where(r => !r.Kind.HasConcurrencyToken))
        {
            if (await record.Kind.LoadAsync(db, record.Id, cancellationToken) is not { } now || RecordState.ChangedFields(record.Read, now).Any())
            {
                return null;
            }
        }

        foreach (var (record, values) in writing)
        {
            await record.ApplyAsync(values, revision, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        var written = new List<FieldChange>();
        foreach (var (record, values) in writing)
        {
            var stored = record.Now();
            var key = new RecordKey(record.Kind.RecordType, record.Id);
            written.AddRange(values.Keys.Select(field => new FieldChange(key, field, record.Read.GetValueOrDefault(field), stored.GetValueOrDefault(field))));
        }

        return written;
    }

    // A new record's every stored value is a change from nothing.
    private async Task<IReadOnlyList<FieldChange>?> CreateRecordAsync(EditableRecord kind, Revision revision, RecordState values, CancellationToken cancellationToken)
    {
        revision.RecordId = await kind.CreateAsync(db, values, cancellationToken);
        var stored = await kind.LoadAsync(db, revision.RecordId, cancellationToken) ?? new RecordState();
        return stored.Where(f => f.Value is not null).Select(f => new FieldChange(new RecordKey(kind.RecordType, revision.RecordId), f.Key, null, f.Value)).ToList();
    }

    private sealed record PlannedEdit(LoadedRecord Record, Dictionary<string, string?> Values);
}

/// <summary>
/// One record of a save, read for it: what its form showed when opened, and the fields it proposes. Proposed
/// <paramref name="AsGiven"/> (a revert's values before), they are checked as any edit's but written exactly as given,
/// without what the checks would fill in.
/// </summary>
internal sealed record LoadedEdit(LoadedRecord Record, RecordState Opened, RecordState Proposed, bool AsGiven = false);

/// <summary>One record's part of a save: the state its form showed when opened, and the fields it sends (others keep their values).</summary>
public sealed record RecordEdit(string RecordType, int Id, RecordState Opened, RecordState Proposed);
