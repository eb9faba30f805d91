using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace BalkanMeetings.Core.Import.Text;

/// <summary>
/// Drops the lines a news site wraps around an article: photo captions, tags, share prompts, and the list of
/// related posts with everything after it.
/// See docs/import.md#boilerplate.
/// </summary>
public static partial class BoilerplateFilter
{
    /// <summary>
    /// Returns the text without boilerplate lines, every other line kept exactly, and how many non-blank lines went.
    /// </summary>
    public static (string Text, int RemovedLines) Filter(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Every line either pattern matches holds one of these words; a text without any is not read line by line.
        if (!text.AsSpan().ContainsAny(PatternWords))
        {
            return (text, 0);
        }

        // Most articles have no boilerplate: the copy starts only at the first line that goes.
        StringBuilder? kept = null;
        var removed = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (TailMarkerRegex().IsMatch(line))
            {
                kept ??= new StringBuilder(text.Length).Append(text, 0, lineStart);
                removed += CountNonBlankLines(text.AsSpan(lineStart));
                break;
            }

            if (line.ContainsAny(LineWords) && BoilerplateLineRegex().IsMatch(line))
            {
                kept ??= new StringBuilder(text.Length).Append(text, 0, lineStart);
                removed++;
            }
            else if (kept is not null)
            {
                kept.Append(line);
                if (lineEnd < text.Length)
                {
                    kept.Append('\n');
                }
            }

            lineStart = lineEnd + 1;
        }

        return kept is null ? (text, 0) : (kept.ToString(), removed);
    }

    private static int CountNonBlankLines(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var line in text.Split('\n'))
        {
            if (!text[line].IsWhiteSpace())
            {
                count++;
            }
        }

        return count;
    }

    // Every line the caption, tag and share pattern matches holds one of these, case aside: a line without any is not
    // scanned, where the pattern would try each of its spaces and stops.
    private static readonly string[] LineWordList = ["photo", "tag", "share", "follow"];

    private static readonly SearchValues<string> LineWords = SearchValues.Create(LineWordList, StringComparison.OrdinalIgnoreCase);

    // Those and the related-links heading's words, case aside (and no word has a k, which the patterns would also
    // match as the Kelvin sign).
    private static readonly SearchValues<string> PatternWords =
        SearchValues.Create(["related", "read", .. LineWordList], StringComparison.OrdinalIgnoreCase);

    // The heading of the links to other articles: nothing after it belongs to this one.
    [GeneratedRegex(
        @"^\s*(?:related\s+(?:posts|articles)|read\s+more)\s*[:.…»>]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TailMarkerRegex();

    // A caption or credit line ("Photo: ...", "...; Photo: NATO", "... <NATO photo>"), a tag list or a share prompt.
    [GeneratedRegex(
        @"^\s*(?:photo(?:\s+(?:caption|credit))?\s*:|tags?\s*:|share\s+this\b|follow\s+us\b)"
        + @"|(?:[;|(,.]|\s[-–—])\s*photo(?:\s+credit)?\s*:[^\n]{1,80}$"
        + @"|[<(\[][^<>()\[\]\n]{0,60}\bphotos?\b[^<>()\[\]\n]{0,60}[>)\]]\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoilerplateLineRegex();
}
