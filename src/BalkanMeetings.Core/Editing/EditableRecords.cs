namespace BalkanMeetings.Core.Editing;

/// <summary>Every kind of record editors correct, by the record type revisions name.</summary>
public sealed class EditableRecords(IEnumerable<EditableRecord> kinds)
{
    private readonly Dictionary<string, EditableRecord> _kinds = kinds.ToDictionary(k => k.RecordType, StringComparer.Ordinal);

    public bool Knows(string recordType) => _kinds.ContainsKey(recordType);

    public EditableRecord this[string recordType] =>
        _kinds.TryGetValue(recordType, out var kind) ? kind : throw new ArgumentException($"No editable record type '{recordType}'.", nameof(recordType));
}
