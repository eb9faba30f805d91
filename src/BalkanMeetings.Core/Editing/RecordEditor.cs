using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// Saves and reverts editors' changes to any <see cref="EditableRecord"/>: refuses a save when the record changed
/// since the form was opened, validates, writes the fields, one <see cref="Revision"/> with a change per field, and
/// the <see cref="Correction"/>s that keep the importer off those fields, all in one transaction. See docs/editing.md.
/// </summary>
public sealed class RecordEditor(BalkanMeetingsDbContext db, IEnumerable<EditableRecord> kinds, TimeProvider clock, ILogger<RecordEditor> logger)
{
    public const int ReasonMaxLength = 500;

    private readonly Dictionary<string, EditableRecord> _kinds = kinds.ToDictionary(k => k.RecordType, StringComparer.Ordinal);

    public bool Knows(string recordType) => _kinds.ContainsKey(recordType);

    public Task<RecordState?> LoadAsync(string recordType, int id, CancellationToken cancellationToken) =>
        Kind(recordType).LoadAsync(db, id, cancellationToken);

    /// <param name="recordType">The kind of record.</param>
    /// <param name="id">The record.</param>
    /// <param name="opened">The state the form showed when the editor opened it.</param>
    /// <param name="proposed">The fields the form sends; fields it leaves out keep their values.</param>
    /// <param name="reason">The edit summary.</param>
    /// <param name="editor">Who saves.</param>
    /// <param name="cancellationToken">Cancels the save; nothing is written.</param>
    public async Task<EditResult> SaveAsync(
        string recordType, int id, RecordState opened, RecordState proposed, string? reason, EditorIdentity editor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(editor);
        var kind = Kind(recordType);
        var (current, full, refusal) = await CheckAsync(kind, id, opened, proposed, reason, new Dictionary<string, string>(), cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var changes = RecordState.ChangedFields(current, full)
            .Select(field => new RecordChange(kind, id, field, current.GetValueOrDefault(field), full.GetValueOrDefault(field)))
            .ToList();
        if (changes.Count == 0)
        {
            return EditResult.Unchanged;
        }

        var revision = new Revision { Kind = RevisionKind.Edit, RecordType = recordType, RecordId = id, EditorName = editor.Name, AccountId = editor.AccountId, Reason = reason!.Trim() };
        var read = new Dictionary<(string, int), RecordState> { [(recordType, id)] = current };
        return await WriteAsync(revision, () => ApplyAsync(changes, read, cancellationToken), cancellationToken)
            ?? await ConflictAfterRaceAsync(kind, id, opened, cancellationToken);
    }

    /// <summary>
    /// Refuses a save in which the form itself found problems (a name that matches no record), reporting them
    /// together with everything else a save would refuse, so the editor sees all there is to fix at once. Writes
    /// nothing. A conflict or a missing record is reported as <see cref="SaveAsync"/> would.
    /// </summary>
    public async Task<EditResult> RefuseAsync(
        string recordType, int id, RecordState opened, RecordState proposed, string? reason, IReadOnlyDictionary<string, string> formErrors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(formErrors);
        var (_, _, refusal) = await CheckAsync(Kind(recordType), id, opened, proposed, reason, formErrors, cancellationToken);
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

        var revision = new Revision { Kind = RevisionKind.Create, RecordType = recordType, EditorName = editor.Name, AccountId = editor.AccountId, Reason = reason!.Trim() };
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

        var revert = new Revision
        {
            Kind = RevisionKind.Revert,
            RecordType = revision.RecordType,
            RecordId = revision.RecordId,
            EditorName = editor.Name,
            AccountId = editor.AccountId,
            Reason = reason!.Trim(),
            RevertsRevisionId = revision.Id,
        };
        return await WriteAsync(revert, () => ApplyAsync(changes, read, cancellationToken), cancellationToken) ?? EditResult.Conflict([]);
    }

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

    // Everything a save checks before writing: the record is there, unchanged since the form was opened, and the
    // proposed state (the current one with the form's fields over it) is valid and has a reason.
    private async Task<(RecordState Current, RecordState Full, EditResult? Refusal)> CheckAsync(
        EditableRecord kind, int id, RecordState opened, RecordState proposed, string? reason, IReadOnlyDictionary<string, string> formErrors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(proposed);
        if (await kind.LoadAsync(db, id, cancellationToken) is not { } current)
        {
            return (new RecordState(), new RecordState(), EditResult.NotFound);
        }

        var meanwhile = ChangedSince(opened, current);
        if (meanwhile.Count > 0)
        {
            return (current, current, EditResult.Conflict(meanwhile));
        }

        var full = new RecordState(current);
        foreach (var (field, value) in proposed)
        {
            full[field] = value;
        }

        var errors = new Dictionary<string, string>(await kind.ValidateAsync(db, current, full, cancellationToken), StringComparer.Ordinal);
        AddReasonError(errors, reason);
        foreach (var (field, message) in formErrors)
        {
            errors[field] = message;
        }

        return (current, full, errors.Count > 0 ? EditResult.Invalid(errors) : null);
    }

    private static List<ChangedMeanwhile> ChangedSince(RecordState opened, RecordState current) =>
        RecordState.ChangedFields(opened, current)
            .Select(field => new ChangedMeanwhile(field, opened.GetValueOrDefault(field), current.GetValueOrDefault(field)))
            .ToList();

    // Another save landed between reading the record and writing it: report what it changed.
    private async Task<EditResult> ConflictAfterRaceAsync(EditableRecord kind, int id, RecordState opened, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var now = await kind.LoadAsync(db, id, cancellationToken);
        return now is null ? EditResult.NotFound : EditResult.Conflict(ChangedSince(opened, now));
    }

    // Runs the write and records the revision with the changes it returns, in one transaction. Null when the
    // record changed under the write (the write found it changed, or a meeting's version moved on).
    private async Task<EditResult?> WriteAsync(Revision revision, Func<Task<List<RecordChange>?>> write, CancellationToken cancellationToken)
    {
        revision.AtUtc = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        List<RecordChange> changes;
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
                RecordType = c.Kind.RecordType,
                RecordId = c.RecordId,
                Field = c.Field,
                Before = c.Before,
                After = c.After,
            }));
            db.Revisions.Add(revision);
            await db.SaveChangesAsync(cancellationToken);
            await RecordCorrectionsAsync(revision, changes, cancellationToken);
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
    // the database); null when a record is no longer as it was read before the write. The transaction (BEGIN
    // IMMEDIATE on SQLite) keeps any other write out between that check and the write, for records without a version
    // too.
    private async Task<List<RecordChange>?> ApplyAsync(List<RecordChange> changes, Dictionary<(string, int), RecordState> read, CancellationToken cancellationToken)
    {
        var written = new List<RecordChange>();
        foreach (var record in changes.GroupBy(c => (c.Kind, c.RecordId)))
        {
            var kind = record.Key.Kind;
            var now = await kind.LoadAsync(db, record.Key.RecordId, cancellationToken);
            if (now is null || RecordState.ChangedFields(read[(kind.RecordType, record.Key.RecordId)], now).Any())
            {
                return null;
            }

            await kind.ApplyAsync(db, record.Key.RecordId, record.ToDictionary(c => c.Field, c => c.After, StringComparer.Ordinal), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            var stored = await kind.LoadAsync(db, record.Key.RecordId, cancellationToken);
            written.AddRange(record.Select(c => c with { After = stored?.GetValueOrDefault(c.Field) }));
        }

        return written;
    }

    // A new record's every stored value is a change from nothing.
    private async Task<List<RecordChange>?> CreateRecordAsync(EditableRecord kind, Revision revision, RecordState values, CancellationToken cancellationToken)
    {
        revision.RecordId = await kind.CreateAsync(db, values, cancellationToken);
        var stored = await kind.LoadAsync(db, revision.RecordId, cancellationToken) ?? new RecordState();
        return stored.Where(f => f.Value is not null).Select(f => new RecordChange(kind, revision.RecordId, f.Key, null, f.Value)).ToList();
    }

    // A corrected field remembers what the importer had said; set back to exactly that, it is the importer's again.
    private async Task RecordCorrectionsAsync(Revision revision, List<RecordChange> changes, CancellationToken cancellationToken)
    {
        foreach (var change in changes)
        {
            var recordType = change.Kind.RecordType;
            var correction = await db.Corrections.SingleOrDefaultAsync(
                c => c.RecordType == recordType && c.RecordId == change.RecordId && c.Field == change.Field, cancellationToken);
            if (correction is null)
            {
                db.Corrections.Add(new Correction { RecordType = recordType, RecordId = change.RecordId, Field = change.Field, ImportedValue = change.Before, RevisionId = revision.Id });
            }
            else if (correction.ImportedValue == change.After)
            {
                db.Corrections.Remove(correction);
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
