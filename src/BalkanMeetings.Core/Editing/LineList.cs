using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// A list of phrases (a person's aliases, a topic's synonyms) as stored text: one a line, sorted ordinally, null when
/// empty, so equal lists compare equal whatever order they were typed in.
/// </summary>
public static class LineList
{
    /// <summary>The phrases of a text typed one a line: trimmed, blank lines left out, in the order typed.</summary>
    public static IReadOnlyList<string> Read(string? value) =>
        string.IsNullOrEmpty(value) ? [] : value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string? Write(IEnumerable<string> phrases)
    {
        var sorted = phrases.Order(StringComparer.Ordinal).ToList();
        return sorted.Count == 0 ? null : string.Join('\n', sorted);
    }

    /// <summary>
    /// Makes stored rows (a person's aliases, a topic's synonyms) match the phrases of a stored text: rows no longer
    /// listed go, phrases not yet stored are added, and the rest stay as they are.
    /// </summary>
    public static void Apply<TRow>(List<TRow> rows, string? value, Func<TRow, string> phraseOf, Func<string, TRow> create)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(phraseOf);
        ArgumentNullException.ThrowIfNull(create);
        var phrases = Read(value);
        rows.RemoveAll(row => !phrases.Contains(phraseOf(row), StringComparer.Ordinal));
        rows.AddRange(phrases.Where(phrase => rows.TrueForAll(row => phraseOf(row) != phrase)).Select(create));
    }

    /// <summary>What is wrong with the phrases themselves (a repeated or an over-long one), or null.</summary>
    public static string? Problem(IReadOnlyList<string> phrases, string what)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        if (phrases.FirstOrDefault(p => p.Length > FieldLimits.Phrase) is { } longPhrase)
        {
            return $"Keep each {what} under {FieldLimits.Phrase} characters; the one starting “{longPhrase[..40]}” is longer.";
        }

        return phrases.GroupBy(p => p, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice
            ? $"“{twice.Key}” is listed twice; keep it once."
            : null;
    }
}
