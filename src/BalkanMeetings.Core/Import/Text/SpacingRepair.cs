using System.Text;
using System.Text.RegularExpressions;

namespace BalkanMeetings.Core.Import.Text;

/// <summary>
/// Restores the space machine-written articles drop after a comma, period or colon between words
/// (<c>December 16,2024,to</c>, <c>region.As</c>).
/// See docs/import.md#spacing.
/// </summary>
public static partial class SpacingRepair
{
    /// <summary>
    /// Returns the text with missing spaces restored; numbers, initialisms, domains and URLs stay as written.
    /// </summary>
    public static string Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? output = null;
        var copied = 0;
        foreach (var match in MissingSpaceRegex().EnumerateMatches(text))
        {
            // A URL is matched whole and kept as it is; any other match is the one mark that lacks its space.
            if (match.Length == 1)
            {
                var end = match.Index + 1;
                (output ??= new StringBuilder(text.Length + 16)).Append(text, copied, end - copied).Append(' ');
                copied = end;
            }
        }

        return output is null ? text : output.Append(text, copied, text.Length - copied).ToString();
    }

    // A URL is matched whole, so its punctuation is never reached. Every other alternative matches only the one mark
    // that lacks its space:
    //  - a comma between a month's day and a year, the one digit,digit case that is never a thousands separator;
    //  - a comma after a word or number and before a word;
    //  - a period after a word ending in two lowercase letters, before a capitalised word (not "U.S.", "e.g.", "nato.int");
    //  - a colon between letters (not "5:30").
    [GeneratedRegex(
        @"\b(?i:https?://|ftp://|www\.)\S+"
        + @"|(?<=\b(?i:January|February|March|April|May|June|July|August|September|October|November|December"
        + @"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+(?:[12]?[0-9]|3[01])),(?=(?:1[89]|20)[0-9]{2}(?![0-9]))"
        + @"|(?<=[\p{L}\p{N}]),(?=\p{L})"
        + @"|(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll})"
        + @"|(?<=\p{L}):(?=\p{L})",
        RegexOptions.CultureInvariant)]
    private static partial Regex MissingSpaceRegex();
}
