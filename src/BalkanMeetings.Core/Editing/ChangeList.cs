namespace BalkanMeetings.Core.Editing;

/// <summary>The changes an operation on several records plans, each kept only when it changes something.</summary>
internal sealed class ChangeList
{
    private readonly List<FieldChange> _changes = [];

    public IReadOnlyList<FieldChange> Changes => _changes;

    public void Set(string recordType, int recordId, string field, string? before, string? after)
    {
        if (before != after)
        {
            _changes.Add(new FieldChange(new RecordKey(recordType, recordId), field, before, after));
        }
    }
}
