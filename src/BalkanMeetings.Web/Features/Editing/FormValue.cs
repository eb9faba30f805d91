using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Editing;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>How a form field's text compares with the value stored, so that what the editor left as it was is not saved.</summary>
public enum FormValueKind
{
    /// <summary>Text: trimmed, with the line breaks browsers send, blank for none (<see cref="StoredText"/>).</summary>
    Text,

    /// <summary>Ids or codes ticked, stored as a sorted comma-separated list; changed item by item.</summary>
    List,

    /// <summary>Phrases one a line, stored sorted (<see cref="LineList"/>); changed phrase by phrase.</summary>
    Lines,
}

/// <summary>One field of an edit form as typed, named as the record names it.</summary>
public sealed record FormValue(string Field, string? Typed, FormValueKind Kind)
{
    /// <summary>True when the typed value says what <paramref name="stored"/> says.</summary>
    public bool Same(string? stored) => Kind switch
    {
        FormValueKind.List => Typed == stored,
        FormValueKind.Lines => LineList.Write(LineList.Read(Typed)) == stored,
        _ => StoredText.Of(Typed) == stored,
    };

    /// <summary>
    /// The editor's change, made over <paramref name="current"/> instead of over <paramref name="opened"/>: the typed
    /// text, or for a list the items the editor added and removed.
    /// </summary>
    public string? Over(string? opened, string? current)
    {
        if (Kind == FormValueKind.Text)
        {
            return Typed;
        }

        var (read, write) = Kind == FormValueKind.List
            ? ((Func<string?, IReadOnlyList<string>>)MeetingRecord.ReadList, (Func<IEnumerable<string>, string?>)MeetingRecord.List)
            : (LineList.Read, LineList.Write);
        var typed = read(Typed);
        var before = read(opened);
        return write(read(current).Except(before.Except(typed, StringComparer.Ordinal), StringComparer.Ordinal).Union(typed.Except(before, StringComparer.Ordinal), StringComparer.Ordinal));
    }
}
