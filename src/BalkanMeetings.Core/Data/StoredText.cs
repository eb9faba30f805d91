namespace BalkanMeetings.Core.Data;

/// <summary>Which words a reader types can be compared with the text the database holds.</summary>
public static class StoredText
{
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
