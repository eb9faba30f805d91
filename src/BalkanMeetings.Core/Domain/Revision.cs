namespace BalkanMeetings.Core.Domain;

/// <summary>One save by an editor: who, when, why, and the field changes it made (docs/editing.md#history-revert-and-recent-changes).</summary>
public sealed class Revision
{
    public int Id { get; set; }

    public RevisionKind Kind { get; set; }

    /// <summary>The record whose history page lists this revision first (a merge is listed under the record kept).</summary>
    public required string RecordType { get; set; }

    public int RecordId { get; set; }

    /// <summary>The account that saved it; null only if that account has since been removed from the database.</summary>
    public string? AccountId { get; set; }

    /// <summary>The editor's name when they saved, so the history reads the same after an account is renamed.</summary>
    public required string EditorName { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>The edit summary the editor gave.</summary>
    public required string Reason { get; set; }

    /// <summary>For a revert, the revision it undid.</summary>
    public int? RevertsRevisionId { get; set; }

    public List<RevisionChange> Changes { get; } = [];
}

/// <summary>One field of one record changed by a <see cref="Revision"/>, with the values before and after as stored text.</summary>
public sealed class RevisionChange
{
    public int Id { get; set; }

    public int RevisionId { get; set; }

    public required string RecordType { get; set; }

    public int RecordId { get; set; }

    public required string Field { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}

/// <summary>
/// A value an editor owns: the importer leaves it alone and, when the article comes to say something else than
/// it said when the value was corrected, raises a flag instead (docs/editing.md#re-import).
/// </summary>
public sealed class Correction
{
    public int Id { get; set; }

    public required string RecordType { get; set; }

    public int RecordId { get; set; }

    public required string Field { get; set; }

    /// <summary>What the importer had read from the article when the value was corrected, as stored text.</summary>
    public string? ImportedValue { get; set; }

    /// <summary>The latest revision that set the value.</summary>
    public int RevisionId { get; set; }
}

public enum RevisionKind
{
    Edit = 0,
    Revert = 1,
    Merge = 2,
    Split = 3,
    Resolve = 4,

    /// <summary>A record an editor added: every change goes from no value to the value given.</summary>
    Create = 5,

    /// <summary>An article an editor added from the browser: one change per meeting it created or was merged into.</summary>
    Import = 6,
}
