using System.Globalization;
using BalkanMeetings.Core.Editing;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>
/// What recent changes are narrowed to, read the same way by the /changes page and its feed: a type of record the
/// history knows (any case) and the name an editor saved under. An empty value or an unknown type is no filter.
/// </summary>
public sealed class ChangesFilter
{
    public const string PagePath = "/changes";

    private ChangesFilter(string? recordType, string? editorName) => (RecordType, EditorName) = (recordType, editorName);

    /// <summary>One of <see cref="RevisionHistory.RecordTypes"/>, or null for every type.</summary>
    public string? RecordType { get; }

    /// <summary>An editor's name as the history shows it, or null for everyone.</summary>
    public string? EditorName { get; }

    public static ChangesFilter None { get; } = new(null, null);

    public bool IsFiltered => RecordType is not null || EditorName is not null;

    public static ChangesFilter From(string? type, string? editor) => new(
        RevisionHistory.RecordTypes.FirstOrDefault(known => string.Equals(known, type?.Trim(), StringComparison.OrdinalIgnoreCase)),
        string.IsNullOrWhiteSpace(editor) ? null : editor);

    /// <summary>Everything by one editor, whatever the record.</summary>
    public static ChangesFilter By(string editorName) => From(null, editorName);

    /// <summary>The path with the filter as its query string, parameters in a fixed order: <c>/changes?type=Meeting&amp;editor=Erin%20Editor</c>.</summary>
    /// <param name="path">The recent-changes page or its feed.</param>
    /// <param name="page">A page after the first is added to the query.</param>
    public string Link(string path, int page = 1)
    {
        var query = new List<string>();
        if (RecordType is not null)
        {
            query.Add("type=" + Uri.EscapeDataString(RecordType));
        }

        if (EditorName is not null)
        {
            query.Add("editor=" + Uri.EscapeDataString(EditorName));
        }

        if (page > 1)
        {
            query.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        }

        return query.Count == 0 ? path : path + "?" + string.Join('&', query);
    }
}
