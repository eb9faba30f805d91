using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// Undoes a revision with a new one, of kind <see cref="RevisionKind.Revert"/>, that sets every field it changed back,
/// provided none has been changed again since; otherwise reports those fields as a conflict and changes nothing. An
/// edit is undone as a save of its records (<see cref="RecordEditor"/>), a merge or a split through the steps that made
/// it (<see cref="RecordRestructurer"/>). See docs/editing.md#history-revert-and-recent-changes.
/// </summary>
public sealed class RevisionReverter(BalkanMeetingsDbContext db, EditableRecords kinds, RecordEditor editor, RecordRestructurer restructurer)
{
    /// <summary>
    /// True when a revision of this kind with these changes can be reverted: all are of records an editor edits, or it
    /// is a merge or a split. An article's import is not: its meetings are corrected, merged or split like any other.
    /// </summary>
    public bool CanRevert(RevisionKind kind, IEnumerable<FieldChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (!IsRevertible(kind))
        {
            return false;
        }

        var list = changes.ToList();
        return RecordMoves.Restructures(list.Select(c => c.Field)) || list.TrueForAll(c => kinds.Knows(c.Record.RecordType));
    }

    /// <summary>False for the kinds of revision that are never reverted, whatever they changed.</summary>
    public static bool IsRevertible(RevisionKind kind) => kind != RevisionKind.Import;

    public async Task<EditResult> RevertAsync(int revisionId, string? reason, EditorIdentity who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        var revision = await db.Revisions.AsNoTracking().Include(r => r.Changes).SingleOrDefaultAsync(r => r.Id == revisionId, cancellationToken);
        if (revision is null || !CanRevert(revision.Kind, revision.Changes.Select(c => new FieldChange(new RecordKey(c.RecordType, c.RecordId), c.Field, c.Before, c.After))))
        {
            return EditResult.NotFound;
        }

        var revert = RevisionWriter.NewRevision(RevisionKind.Revert, revision.RecordType, revision.RecordId, reason, who);
        revert.RevertsRevisionId = revision.Id;
        return RecordMoves.Restructures(revision.Changes.Select(c => c.Field))
            ? await restructurer.UndoAsync(revert, revision.Changes.OrderBy(c => c.Id).Select(c => new FieldChange(new RecordKey(c.RecordType, c.RecordId), c.Field, c.After, c.Before)).ToList(), cancellationToken)
            : await RevertEditAsync(revert, revision, cancellationToken);
    }

    // Each record is read once and saved as if its form had shown the values the revision left and proposed those it
    // found: a field changed since is then a conflict, and the record as it would become is validated as any edit.
    private async Task<EditResult> RevertEditAsync(Revision revert, Revision revision, CancellationToken cancellationToken)
    {
        var edits = new List<LoadedEdit>();
        var gone = new List<ChangedMeanwhile>();
        foreach (var record in revision.Changes.GroupBy(c => (c.RecordType, c.RecordId)))
        {
            if (await kinds[record.Key.RecordType].LoadForSaveAsync(db, record.Key.RecordId, cancellationToken) is not { } loaded)
            {
                gone.AddRange(record.Select(c => new ChangedMeanwhile(c.Field, c.After, null)));
                continue;
            }

            var opened = new RecordState(loaded.Read);
            var proposed = new RecordState();
            foreach (var change in record)
            {
                opened[change.Field] = change.After;
                proposed[change.Field] = change.Before;
            }

            edits.Add(new LoadedEdit(loaded, opened, proposed, AsGiven: true));
        }

        if (gone.Count > 0)
        {
            return EditResult.Conflict(gone);
        }

        return await editor.SaveLoadedAsync(revert, edits, new Dictionary<string, string>(), cancellationToken);
    }
}
