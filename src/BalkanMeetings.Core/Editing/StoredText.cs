namespace BalkanMeetings.Core.Editing;

/// <summary>Text typed into a form as a record stores it, so that what was left as it was compares equal.</summary>
public static class StoredText
{
    /// <summary>
    /// Trimmed, with the line breaks browsers send (CR LF) as stored (LF); null when nothing is left: blank optional
    /// text is no value.
    /// </summary>
    public static string? Of(string? typed)
    {
        var text = typed?.ReplaceLineEndings("\n").Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
