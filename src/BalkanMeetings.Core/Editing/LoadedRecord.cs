using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// A record a save has read, tracked by the save's context: its state as read, the state it now holds (after a
/// write, as it will be stored), and how to write fields to it. See <see cref="EditableRecord.LoadForSaveAsync"/>.
/// </summary>
public sealed class LoadedRecord
{
    private readonly Func<RecordState> _state;
    private readonly Func<IReadOnlyDictionary<string, string?>, Revision?, CancellationToken, Task> _apply;

    internal LoadedRecord(EditableRecord kind, int id, Func<RecordState> state, Func<IReadOnlyDictionary<string, string?>, Revision?, CancellationToken, Task> apply)
    {
        Kind = kind;
        Id = id;
        _state = state;
        _apply = apply;
        Read = state();
    }

    public EditableRecord Kind { get; }

    public int Id { get; }

    /// <summary>The record as it was read.</summary>
    public RecordState Read { get; }

    /// <summary>The record as it stands in the context: after a write and a save, as stored (new rows with their ids).</summary>
    public RecordState Now() => _state();

    /// <summary>Writes the given fields (already validated); the caller saves.</summary>
    public Task ApplyAsync(IReadOnlyDictionary<string, string?> values, Revision? revision, CancellationToken cancellationToken) =>
        _apply(values, revision, cancellationToken);
}
