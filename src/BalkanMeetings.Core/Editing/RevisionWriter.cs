using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// Writes one revision in one short transaction: the records' changes, the revision with a change per field, and the
/// corrections among them (<see cref="CorrectionLedger"/>). Everything that can be read before is read before, so
/// the transaction holds SQLite's write lock only while it writes. A write lock another connection holds for longer
/// than <see cref="EditingOptions.LockWait"/>, and a full disk, are answered as such, with nothing written.
/// </summary>
public sealed class RevisionWriter(BalkanMeetingsDbContext db, IOptions<EditingOptions> options, TimeProvider clock, ILogger<RevisionWriter> logger)
{
    public static Revision NewRevision(RevisionKind kind, string recordType, int recordId, string? reason, EditorIdentity editor)
    {
        ArgumentNullException.ThrowIfNull(editor);
        return new()
        {
            Kind = kind,
            RecordType = recordType,
            RecordId = recordId,
            EditorName = editor.Name,
            AccountId = editor.AccountId,
            Reason = reason?.Trim() ?? string.Empty,
        };
    }

    /// <summary>Adds what is wrong with the edit summary, if anything, to <paramref name="errors"/>.</summary>
    public static void CheckReason(Dictionary<string, string> errors, string? reason)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors["Reason"] = "Say briefly why you made this change; the history shows it.";
        }
        else if (reason.Trim().Length > FieldLimits.Reason)
        {
            errors["Reason"] = $"Keep the summary under {FieldLimits.Reason} characters.";
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/> in a write transaction and records the revision with the changes it returns, and
    /// the corrections among them (by default all). Null, with nothing written, when the write found a record changed
    /// since it was read (it returned null, or a concurrency token had moved on).
    /// </summary>
    public async Task<EditResult?> WriteAsync(
        Revision revision,
        Func<CancellationToken, Task<IReadOnlyList<FieldChange>?>> write,
        CancellationToken cancellationToken,
        Func<IReadOnlyList<FieldChange>, IEnumerable<FieldChange>>? corrections = null)
    {
        ArgumentNullException.ThrowIfNull(revision);
        ArgumentNullException.ThrowIfNull(write);
        revision.AtUtc = clock.GetUtcNow().UtcDateTime;
        IReadOnlyList<FieldChange> changes;
        try
        {
            // Disposed uncommitted, the transaction rolls back.
            await using var transaction = await db.Database.BeginWriteAsync(options.Value.LockWait, cancellationToken);
            if (await write(cancellationToken) is not { } written)
            {
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
            await CorrectionLedger.RecordAsync(db, revision, corrections?.Invoke(changes) ?? changes, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await WriteVersion.MoveOnAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return null;
        }
        catch (Exception e) when (DatabaseWrites.IsBusy(e))
        {
            db.ChangeTracker.Clear();
            logger.LogWarning("{Kind} by {Editor} on {RecordType} {RecordId} not saved: the database was busy for {Wait}", revision.Kind, revision.EditorName, revision.RecordType, revision.RecordId, options.Value.LockWait);
            return EditResult.Busy;
        }
        catch (Exception e) when (DatabaseWrites.IsFull(e))
        {
            db.ChangeTracker.Clear();
            logger.LogError(e, "{Kind} by {Editor} on {RecordType} {RecordId} not saved: the database is full", revision.Kind, revision.EditorName, revision.RecordType, revision.RecordId);
            return EditResult.NotWritten;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
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
}
