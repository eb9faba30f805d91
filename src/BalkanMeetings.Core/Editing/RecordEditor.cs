using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// Saves and reverts editors' changes to any <see cref="EditableRecord"/>: refuses a save when the record changed
/// since the form was opened, validates, writes the fields, one <see cref="Revision"/> with a change per field, and
/// the <see cref="Correction"/>s that keep the importer off those fields, all in one transaction. Merges and splits,
/// which change several records at once, are written and reverted the same way (<see cref="RestructureAsync"/>).
/// See docs/editing.md.
/// </summary>
public sealed class RecordEditor(BalkanMeetingsDbContext db, IEnumerable<EditableRecord> kinds, TimeProvider clock, ILogger<RecordEditor> logger)
{
    public const int ReasonMaxLength = 500;

    private readonly Dictionary<string, EditableRecord> _kinds = kinds.ToDictionary(k => k.RecordType, StringComparer.Ordinal);

    public bool Knows(string recordType) => _kinds.ContainsKey(recordType);

    /// <summary>True when a revision with these changes can be reverted: all are of records an editor edits, or it is a merge or a split.</summary>
    public bool CanRevert(IEnumerable<FieldChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var list = changes.ToList();
        return RecordMoves.Restructures(list.Select(c => c.Field)) || list.TrueForAll(c => Knows(c.Record.RecordType));
    }

    public Task<RecordState?> LoadAsync(string recordType, int id, CancellationToken cancellationToken) =>
        Kind(recordType).LoadAsync(db, id, cancellationToken);

    /// <param name="recordType">The kind of record.</param>
    /// <param name="id">The record.</param>
    /// <param name="opened">The state the form showed when the editor opened it.</param>
    /// <param name="proposed">The fields the form sends; fields it leaves out keep their values.</param>
    /// <param name="reason">The edit summary.</param>
    /// <param name="editor">Who saves.</param>
    /// <param name="cancellationToken">Cancels the save; nothing is written.</param>
    public Task<EditResult> SaveAsync(
        string recordType, int id, RecordState opened, RecordState proposed, string? reason, EditorIdentity editor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(proposed);
        return SaveAsync(RevisionKind.Edit, [new RecordEdit(recordType, id, opened, proposed)], reason, editor, cancellationToken);
    }

    /// <summary>
    /// Saves changes to one or more records as one revision, listed first in the history of the first record (a
    /// resolved flag and the participant its fix replaced are one step, and one revert undoes both). Refused as a
    /// whole when any record is missing, changed since its form was opened, or invalid.
    /// </summary>
    /// <param name="kind">What the revision is: an edit, a flag's resolution, ...; a revert is <see cref="RevertAsync"/>'s.</param>
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
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "A revert names the revision it undoes: use RevertAsync.");
        }

        var (changes, read, refusal) = await CheckAsync(edits, reason, new Dictionary<string, string>(), cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (changes.Count == 0)
        {
            return EditResult.Unchanged;
        }

        var revision = NewRevision(kind, edits[0].RecordType, edits[0].Id, reason, editor);
        return await WriteAsync(revision, () => ApplyAsync(changes, read, revision, cancellationToken), cancellationToken)
            ?? await ConflictAfterRaceAsync(edits, cancellationToken);
    }

    /// <summary>
    /// Refuses a save in which the form itself found problems (a name that matches no record), reporting them
    /// together with everything else a save would refuse, so the editor sees all there is to fix at once. Writes
    /// nothing. A conflict or a missing record is reported as a save would report it.
    /// </summary>
    public async Task<EditResult> RefuseAsync(
        string recordType, int id, RecordState opened, RecordState proposed, string? reason, IReadOnlyDictionary<string, string> formErrors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(proposed);
        ArgumentNullException.ThrowIfNull(formErrors);
        var (_, _, refusal) = await CheckAsync([new RecordEdit(recordType, id, opened, proposed)], reason, formErrors, cancellationToken);
        return refusal ?? EditResult.Invalid(formErrors);
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
        var kind = Kind(recordType);
        var values = new RecordState(proposed);
        var errors = new Dictionary<string, string>(await kind.ValidateAsync(db, new RecordState(), values, cancellationToken), StringComparer.Ordinal);
        AddReasonError(errors, reason);
        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        var revision = NewRevision(RevisionKind.Create, recordType, 0, reason, editor);
        return await WriteAsync(revision, () => CreateRecordAsync(kind, revision, values, cancellationToken), cancellationToken) ?? EditResult.Conflict([]);
    }

    /// <summary>
    /// Undoes a revision with a new one that sets every field it changed back, provided none has been changed again
    /// since; otherwise reports those fields as a conflict and changes nothing.
    /// </summary>
    public async Task<EditResult> RevertAsync(int revisionId, string? reason, EditorIdentity editor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(editor);
        var revision = await db.Revisions.AsNoTracking().Include(r => r.Changes).SingleOrDefaultAsync(r => r.Id == revisionId, cancellationToken);
        if (revision is not null && RecordMoves.Restructures(revision.Changes.Select(c => c.Field)))
        {
            return await RevertRestructureAsync(revision, reason, editor, cancellationToken);
        }

        if (revision is null || !revision.Changes.All(c => Knows(c.RecordType)))
        {
            return EditResult.NotFound;
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        AddReasonError(errors, reason);
        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        var changes = new List<RecordChange>();
        var conflicts = new List<ChangedMeanwhile>();
        var read = new Dictionary<(string, int), RecordState>();
        foreach (var record in revision.Changes.GroupBy(c => (c.RecordType, c.RecordId)))
        {
            var kind = Kind(record.Key.RecordType);
            var current = await kind.LoadAsync(db, record.Key.RecordId, cancellationToken);
            read[record.Key] = current ?? new RecordState();
            foreach (var change in record)
            {
                var now = current?.GetValueOrDefault(change.Field);
                if (current is null || now != change.After)
                {
                    conflicts.Add(new ChangedMeanwhile(change.Field, change.After, now));
                }

                changes.Add(new RecordChange(kind, record.Key.RecordId, change.Field, change.After, change.Before));
            }

            if (current is not null && conflicts.Count == 0)
            {
                var reverted = new RecordState(current);
                foreach (var change in record)
                {
                    reverted[change.Field] = change.Before;
                }

                foreach (var (field, message) in await kind.ValidateAsync(db, current, reverted, cancellationToken))
                {
                    errors[field] = message;
                }
            }
        }

        if (conflicts.Count > 0)
        {
            return EditResult.Conflict(conflicts);
        }

        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        var revert = NewRevision(RevisionKind.Revert, revision.RecordType, revision.RecordId, reason, editor);
        revert.RevertsRevisionId = revision.Id;
        return await WriteAsync(revert, () => ApplyAsync(changes, read, revert, cancellationToken), cancellationToken) ?? EditResult.Conflict([]);
    }

    /// <summary>
    /// Writes an operation on several records at once (a merge, a split) as one revision of the given kind, listed
    /// under the record named: the changes <paramref name="plan"/> returns are made (<see cref="RecordMoves"/>),
    /// recorded, and their corrections written, in one transaction. The plan runs inside that transaction, so what it
    /// reads cannot change before the write; it returns null when a record it needs is gone, and nothing is written.
    /// </summary>
    /// <param name="kind">Merge or split.</param>
    /// <param name="recordType">The record whose history lists the revision first.</param>
    /// <param name="recordId">That record's id.</param>
    /// <param name="reason">The edit summary.</param>
    /// <param name="editor">Who makes the change.</param>
    /// <param name="problems">What the caller found wrong with the request, by field; the reason is checked here.</param>
    /// <param name="plan">Reads the records and returns the changes to make.</param>
    /// <param name="cancellationToken">Cancels the operation; nothing is written.</param>
    public async Task<EditResult> RestructureAsync(
        RevisionKind kind,
        string recordType,
        int recordId,
        string? reason,
        EditorIdentity editor,
        IReadOnlyDictionary<string, string> problems,
        Func<CancellationToken, Task<IReadOnlyList<FieldChange>?>> plan,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(editor);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(plan);
        var errors = new Dictionary<string, string>(problems, StringComparer.Ordinal);
        AddReasonError(errors, reason);
        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        return await WriteAsync(
            NewRevision(kind, recordType, recordId, reason, editor),
            async () =>
            {
                if (await plan(cancellationToken) is not { } changes)
                {
                    return null;
                }

                await RecordMoves.ApplyAsync(db, changes, cancellationToken);
                return changes;
            },
            cancellationToken,
            RecordMoves.Corrections) ?? EditResult.NotFound;
    }

    // A merge or split is undone by making every change's Before true again, through the same steps that made its
    // After true; refused when any record has changed since.
    private async Task<EditResult> RevertRestructureAsync(Revision revision, string? reason, EditorIdentity editor, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        AddReasonError(errors, reason);
        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        var undo = revision.Changes.OrderBy(c => c.Id).Select(c => new FieldChange(new RecordKey(c.RecordType, c.RecordId), c.Field, c.After, c.Before)).ToList();
        var conflicts = await RecordMoves.ChangedSinceAsync(db, undo, cancellationToken);
        if (conflicts.Count > 0)
        {
            return EditResult.Conflict(conflicts);
        }

        var revert = NewRevision(RevisionKind.Revert, revision.RecordType, revision.RecordId, reason, editor);
        revert.RevertsRevisionId = revision.Id;
        return await WriteAsync(
            revert,
            async () =>
            {
                await RecordMoves.ApplyAsync(db, undo, cancellationToken);
                return undo;
            },
            cancellationToken,
            RecordMoves.Corrections) ?? EditResult.Conflict([]);
    }

    private static Revision NewRevision(RevisionKind kind, string recordType, int recordId, string? reason, EditorIdentity editor) => new()
    {
        Kind = kind,
        RecordType = recordType,
        RecordId = recordId,
        EditorName = editor.Name,
        AccountId = editor.AccountId,
        Reason = reason!.Trim(),
    };

    private static void AddReasonError(Dictionary<string, string> errors, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors["Reason"] = "Say briefly why you made this change; the history shows it.";
        }
        else if (reason.Trim().Length > ReasonMaxLength)
        {
            errors["Reason"] = $"Keep the summary under {ReasonMaxLength} characters.";
        }
    }

    // Everything a save checks before writing: each record is there and unchanged since its form was opened, and its
    // proposed state (the current one with the form's fields over it) is valid; the reason is given. Returns the
    // changes to write and each record as read, or why the save is refused.
    private async Task<(List<RecordChange> Changes, Dictionary<(string, int), RecordState> Read, EditResult? Refusal)> CheckAsync(
        IReadOnlyList<RecordEdit> edits, string? reason, IReadOnlyDictionary<string, string> formErrors, CancellationToken cancellationToken)
    {
        var changes = new List<RecordChange>();
        var read = new Dictionary<(string, int), RecordState>();
        var conflicts = new List<ChangedMeanwhile>();
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var edit in edits)
        {
            var record = Kind(edit.RecordType);
            if (await record.LoadAsync(db, edit.Id, cancellationToken) is not { } current)
            {
                return (changes, read, EditResult.NotFound);
            }

            read[(edit.RecordType, edit.Id)] = current;
            conflicts.AddRange(ChangedSince(edit.Opened, current));
            var full = new RecordState(current);
            foreach (var (field, value) in edit.Proposed)
            {
                full[field] = value;
            }

            foreach (var (field, message) in await record.ValidateAsync(db, current, full, cancellationToken))
            {
                errors.TryAdd(field, message);
            }

            changes.AddRange(RecordState.ChangedFields(current, full)
                .Select(field => new RecordChange(record, edit.Id, field, current.GetValueOrDefault(field), full.GetValueOrDefault(field))));
        }

        if (conflicts.Count > 0)
        {
            return (changes, read, EditResult.Conflict(conflicts));
        }

        AddReasonError(errors, reason);
        foreach (var (field, message) in formErrors)
        {
            errors[field] = message;
        }

        return (changes, read, errors.Count > 0 ? EditResult.Invalid(errors) : null);
    }

    private static List<ChangedMeanwhile> ChangedSince(RecordState opened, RecordState current) =>
        RecordState.ChangedFields(opened, current)
            .Select(field => new ChangedMeanwhile(field, opened.GetValueOrDefault(field), current.GetValueOrDefault(field)))
            .ToList();

    // Another save landed between reading the records and writing them: report what it changed.
    private async Task<EditResult> ConflictAfterRaceAsync(IReadOnlyList<RecordEdit> edits, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var conflicts = new List<ChangedMeanwhile>();
        foreach (var edit in edits)
        {
            if (await Kind(edit.RecordType).LoadAsync(db, edit.Id, cancellationToken) is not { } now)
            {
                return EditResult.NotFound;
            }

            conflicts.AddRange(ChangedSince(edit.Opened, now));
        }

        return EditResult.Conflict(conflicts);
    }

    // Runs the write and records the revision with the changes it returns, and the corrections among them (by
    // default all), in one transaction. Null when the record changed under the write (the write found it changed, or
    // a meeting's version moved on).
    private async Task<EditResult?> WriteAsync(
        Revision revision,
        Func<Task<IReadOnlyList<FieldChange>?>> write,
        CancellationToken cancellationToken,
        Func<IReadOnlyList<FieldChange>, IEnumerable<FieldChange>>? corrections = null)
    {
        revision.AtUtc = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        IReadOnlyList<FieldChange> changes;
        try
        {
            if (await write() is not { } written)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                return null;
            }

            changes = written;
            revision.Changes.AddRange(changes.Select(c => new RevisionChange
            {
                RecordType = c.Record.RecordType,
                RecordId = c.Record.Id,
                Field = c.Field,
                Before = c.Before,
                After = c.After,
            }));
            db.Revisions.Add(revision);
            await db.SaveChangesAsync(cancellationToken);
            await RecordCorrectionsAsync(revision, corrections?.Invoke(changes) ?? changes, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return null;
        }

        logger.LogInformation(
            "{Kind} {RevisionId} by {Editor} on {RecordType} {RecordId}: {Fields}",
            revision.Kind,
            revision.Id,
            revision.EditorName,
            revision.RecordType,
            revision.RecordId,
            changes.Select(c => c.Field).Distinct(StringComparer.Ordinal));
        db.ChangeTracker.Clear();
        return EditResult.Saved(revision.Id, revision.RecordId);
    }

    // Writes the changes record by record and returns them with the values as stored (new rows get their ids from
    // the database); null, writing nothing, when a record is no longer as it was read before the write. The
    // transaction (BEGIN IMMEDIATE on SQLite) keeps any other write out between that check and the write, for records
    // without a version too. All are checked before any is written, as writing one may change how another reads.
    private async Task<IReadOnlyList<FieldChange>?> ApplyAsync(List<RecordChange> changes, Dictionary<(string, int), RecordState> read, Revision revision, CancellationToken cancellationToken)
    {
        var records = changes.GroupBy(c => (c.Kind, c.RecordId)).ToList();
        foreach (var (kind, id) in records.Select(r => r.Key))
        {
            if (await kind.LoadAsync(db, id, cancellationToken) is not { } now || RecordState.ChangedFields(read[(kind.RecordType, id)], now).Any())
            {
                return null;
            }
        }

        var written = new List<FieldChange>();
        foreach (var record in records)
        {
            var (kind, id) = record.Key;
            await kind.ApplyAsync(db, id, record.ToDictionary(c => c.Field, c => c.After, StringComparer.Ordinal), revision, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            var stored = await kind.LoadAsync(db, id, cancellationToken);
            written.AddRange(record.Select(c => new FieldChange(new RecordKey(kind.RecordType, id), c.Field, c.Before, stored?.GetValueOrDefault(c.Field))));
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

    // A corrected field remembers what the importer had said; set back to exactly that, it is the importer's again.
    private async Task RecordCorrectionsAsync(Revision revision, IEnumerable<FieldChange> changes, CancellationToken cancellationToken)
    {
        var fieldChanges = changes.ToList();
        var records = fieldChanges.Select(c => c.Record).ToHashSet();
        var types = records.Select(r => r.RecordType).Distinct().ToList();
        var ids = records.Select(r => r.Id).Distinct().ToList();
        var corrections = (await db.Corrections.Where(c => types.Contains(c.RecordType) && ids.Contains(c.RecordId)).ToListAsync(cancellationToken))
            .Where(c => records.Contains(new RecordKey(c.RecordType, c.RecordId)))
            .ToDictionary(c => (c.RecordType, c.RecordId, c.Field));
        foreach (var change in fieldChanges)
        {
            var (recordType, recordId) = change.Record;
            var key = (recordType, recordId, change.Field);
            if (corrections.GetValueOrDefault(key) is not { } correction)
            {
                corrections[key] = db.Corrections.Add(new Correction { RecordType = recordType, RecordId = recordId, Field = change.Field, ImportedValue = change.Before, RevisionId = revision.Id }).Entity;
            }
            else if (correction.ImportedValue == change.After)
            {
                db.Corrections.Remove(correction);
                corrections.Remove(key);
            }
            else
            {
                correction.RevisionId = revision.Id;
            }
        }
    }

    private EditableRecord Kind(string recordType) =>
        _kinds.TryGetValue(recordType, out var kind) ? kind : throw new ArgumentException($"No editable record type '{recordType}'.", nameof(recordType));

    private sealed record RecordChange(EditableRecord Kind, int RecordId, string Field, string? Before, string? After);
}

/// <summary>One record's part of a save: the state its form showed when opened, and the fields it sends (others keep their values).</summary>
public sealed record RecordEdit(string RecordType, int Id, RecordState Opened, RecordState Proposed);
