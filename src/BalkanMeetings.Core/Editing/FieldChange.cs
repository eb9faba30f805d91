namespace BalkanMeetings.Core.Editing;

/// <summary>One field of one record, before and after, as stored text: what a revision records of each change.</summary>
public sealed record FieldChange(string RecordType, int RecordId, string Field, string? Before, string? After)
{
    /// <summary>The change that undoes this one.</summary>
    public FieldChange Reversed() => this with { Before = After, After = Before };
}

/// <summary>The changes an operation on several records plans, each kept only when it changes something.</summary>
internal sealed class ChangeList
{
    private readonly List<FieldChange> _changes = [];

    public IReadOnlyList<FieldChange> Changes => _changes;

    public void Set(string recordType, int recordId, string field, string? before, string? after)
    {
        if (before != after)
        {
            _changes.Add(new FieldChange(recordType, recordId, field, before, after));
        }
    }
}
