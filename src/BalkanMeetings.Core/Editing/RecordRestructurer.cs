using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// Writes an operation on several records at once (a merge, a split) as one revision, and undoes one: the changes are
/// made (<see cref="RecordMoves"/>), recorded, and their corrections written, in one transaction.
/// See docs/editing.md#merging-and-splitting.
/// </summary>
public sealed class RecordRestructurer(BalkanMeetingsDbContext db, RevisionWriter writer)
{
    /// <summary>
    /// Writes the changes <paramref name="plan"/> returns as one revision of the given kind, listed under the record
    /// named. The plan runs inside the transaction, so what it reads cannot change before the write; it returns null
    /// when a record it needs is gone, and nothing is written.
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
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(plan);
        var errors = new Dictionary<string, string>(problems, StringComparer.Ordinal);
        RevisionWriter.CheckReason(errors, reason);
        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        return await writer.WriteAsync(
            RevisionWriter.NewRevision(kind, recordType, recordId, reason, editor),
            async ct =>
            {
                if (await plan(ct) is not { } changes)
                {
                    return null;
                }

                await RecordMoves.ApplyAsync(db, changes, ct);
                return changes;
            },
            cancellationToken,
            RecordMoves.Corrections) ?? EditResult.NotFound;
    }

    /// <summary>
    /// Undoes a merge or a split by making every change's Before true again (<paramref name="undo"/> holds them as
    /// changes from After to Before), through the same steps that made its After true; refused when any record has
    /// changed since.
    /// </summary>
    internal async Task<EditResult> UndoAsync(Revision revert, IReadOnlyList<FieldChange> undo, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        RevisionWriter.CheckReason(errors, revert.Reason);
        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        var conflicts = await RecordMoves.ChangedSinceAsync(db, undo, cancellationToken);
        if (conflicts.Count > 0)
        {
            return EditResult.Conflict(conflicts);
        }

        return await writer.WriteAsync(
            revert,
            async ct =>
            {
                await RecordMoves.ApplyAsync(db, undo, ct);
                return undo;
            },
            cancellationToken,
            RecordMoves.Corrections) ?? EditResult.Conflict([]);
    }
}
