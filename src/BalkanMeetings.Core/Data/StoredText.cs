namespace BalkanMeetings.Core.Data;

/// <summary>Text as the database holds it: what a form's typing becomes, and which typed words can match it.</summary>
public static class StoredText
{
    /// <summary>
    /// Trimmed, with the line breaks browsers send (CR LF) as stored (LF); null when nothing is left: blank optional
    /// text is no value. Text left as it was then compares equal.
    /// </summary>
    public static string? Of(string? typed)
    {
        var text = typed?.ReplaceLineEndings("\n").Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>
    /// False for text with a NUL character, which no stored text holds: the import refuses a file with one, forms
    /// refuse it, and PostgreSQL can neither store one nor be sent one to compare. Such text matches nothing, on
    /// either engine, without asking the database.
    /// </summary>
    public static bool MayMatch(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return !text.Contains('\0', StringComparison.Ordinal);
    }
}
