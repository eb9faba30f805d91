using System.Buffers.Text;
using System.Text.Json;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// An editable record as stored text, field by field: what a form proposes, what a revision records before and
/// after, and what the importer compares with when a value has been corrected.
/// </summary>
public sealed class RecordState : SortedDictionary<string, string?>
{
    public RecordState()
        : base(StringComparer.Ordinal)
    {
    }

    public RecordState(IDictionary<string, string?> values)
        : base(values, StringComparer.Ordinal)
    {
    }

    /// <summary>The state as a form field, so a save can tell what changed since the form was opened.</summary>
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes<SortedDictionary<string, string?>>(this));

    /// <summary>The state a form carried, or null when the text is not one (a tampered or truncated form).</summary>
    public static RecordState? Decode(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded))
        {
            return null;
        }

        try
        {
            var values = JsonSerializer.Deserialize<Dictionary<string, string?>>(Base64Url.DecodeFromChars(encoded));
            return values is null ? null : new RecordState(values);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    /// <summary>The fields whose values differ between two states of the same record.</summary>
    public static IEnumerable<string> ChangedFields(RecordState before, RecordState after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return after.Keys.Union(before.Keys, StringComparer.Ordinal)
            .Where(f => before.GetValueOrDefault(f) != after.GetValueOrDefault(f))
            .Order(StringComparer.Ordinal);
    }
}
