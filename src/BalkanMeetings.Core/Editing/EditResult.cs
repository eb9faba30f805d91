namespace BalkanMeetings.Core.Editing;

public enum EditStatus
{
    Saved,
    Unchanged,
    NotFound,
    Invalid,
    Conflict,

    /// <summary>Another write (an import, say) held the database for longer than a save waits; nothing was written.</summary>
    Busy,

    /// <summary>The database could not be written (its disk is full); nothing was written.</summary>
    NotWritten,
}

/// <summary>A field someone else changed while the editor had the form open.</summary>
public sealed record ChangedMeanwhile(string Field, string? WhenOpened, string? Now);

/// <summary>What a save or a revert came to.</summary>
public sealed class EditResult
{
    private EditResult(EditStatus status) => Status = status;

    public EditStatus Status { get; }

    /// <summary>The revision written, when <see cref="EditStatus.Saved"/>.</summary>
    public int? RevisionId { get; private init; }

    /// <summary>The record the revision is listed under, when <see cref="EditStatus.Saved"/>: a new one's id after a create.</summary>
    public int? RecordId { get; private init; }

    /// <summary>What to fix, by field, when <see cref="EditStatus.Invalid"/>.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; private init; } = new Dictionary<string, string>();

    /// <summary>What changed since the form was opened, when <see cref="EditStatus.Conflict"/>.</summary>
    public IReadOnlyList<ChangedMeanwhile> Conflicts { get; private init; } = [];

    /// <summary>
    /// The record (the first one a save names) as the refused save read it, when it read it: a form shown again starts
    /// from it without reading the record once more.
    /// </summary>
    public RecordState? Current { get; private init; }

    public static EditResult Unchanged { get; } = new(EditStatus.Unchanged);

    public static EditResult NotFound { get; } = new(EditStatus.NotFound);

    public static EditResult Busy { get; } = new(EditStatus.Busy);

    public static EditResult NotWritten { get; } = new(EditStatus.NotWritten);

    public static EditResult Saved(int revisionId, int? recordId = null) => new(EditStatus.Saved) { RevisionId = revisionId, RecordId = recordId };

    public static EditResult Invalid(IReadOnlyDictionary<string, string> errors, RecordState? current = null) =>
        new(EditStatus.Invalid) { Errors = errors, Current = current };

    public static EditResult Conflict(IReadOnlyList<ChangedMeanwhile> conflicts, RecordState? current = null) =>
        new(EditStatus.Conflict) { Conflicts = conflicts, Current = current };
}

/// <summary>Who is saving: the account and the name the history will show.</summary>
public sealed record EditorIdentity(string AccountId, string Name);
