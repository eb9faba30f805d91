using System.Text.RegularExpressions;

namespace BalkanMeetings.Core.Import.Text;

/// <summary>
/// Undoes the layout a PDF-to-text dump leaves in an article: running page headers and footers cut into sentences,
/// and words hyphenated across a line break (<c>Prish-</c> / <c>tina</c>). See docs/import.md#layout.
/// </summary>
public static partial class LayoutRepair
{
    /// <summary>Returns the text with page furniture removed and broken sentences and words joined again.</summary>
    public static string Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!MayNeedRepair(text) || (!HyphenBreakRegex().IsMatch(text) && !FooterRegex().IsMatch(text)))
        {
            return text;
        }

        var lines = text.Split('\n').ToList();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var output = new List<string>(lines.Count);
        for (var k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            if (!FooterRegex().IsMatch(line))
            {
                seen.Add(line.Trim());
                output.Add(line);
                continue;
            }

            // A page break: the footer, the rule and the repeated section title after it go, and the sentence the
            // break cut in two is joined again.
            var next = k + 1;
            while (next < lines.Count && (string.IsNullOrWhiteSpace(lines[next]) || RuleRegex().IsMatch(lines[next])
                || FooterRegex().IsMatch(lines[next]) || seen.Contains(lines[next].Trim())))
            {
                next++;
            }

            var previous = LastTextLine(output);
            if (previous >= 0 && next < lines.Count && EndsMidSentence(output[previous]))
            {
                output.RemoveRange(previous + 1, output.Count - previous - 1);
                output[previous] = Join(output[previous], lines[next]);
                k = next;
            }
        }

        return HyphenBreakRegex().Replace(string.Join('\n', output), "$1$2");
    }

    // Most articles have no hyphen at a line end and no line ending in a number, which both patterns need: that is
    // told in one pass, where the patterns would try every position of the text.
    private static bool MayNeedRepair(string text)
    {
        if (text.Contains("-\n", StringComparison.Ordinal))
        {
            return true;
        }

        var end = text.Length;
        while (end > 0)
        {
            var last = end - 1;
            while (last >= 0 && text[last] is ' ' or '\t' or '\r')
            {
                last--;
            }

            if (last >= 0 && char.IsAsciiDigit(text[last]))
            {
                return true;
            }

            end = last < 0 ? 0 : text.LastIndexOf('\n', last) is var newline and >= 0 ? newline : 0;
        }

        return false;
    }

    private static int LastTextLine(List<string> lines)
    {
        for (var k = lines.Count - 1; k >= 0; k--)
        {
            if (!string.IsNullOrWhiteSpace(lines[k]))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool EndsMidSentence(string line) =>
        line.TrimEnd() is [.., var last] && (char.IsLetterOrDigit(last) || last is ',' or '-' or ';');

    private static string Join(string before, string after)
    {
        var head = before.TrimEnd();
        var tail = after.TrimStart();
        return head.EndsWith('-') && head.Length > 1 && char.IsLower(head[^2]) && tail.Length > 0 && char.IsLower(tail[0])
            ? head[..^1] + tail
            : head + " " + tail;
    }

    // A word broken at a line end: lowercase letters on both sides of the hyphen ("Prish-\ntina", "inter-\nlocutors").
    [GeneratedRegex(@"(\p{L}*\p{Ll})-\n(\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex HyphenBreakRegex();

    // A running header or footer: text, a wide gap and a page number, or "· page 15", "page 3 of 9", or a page number alone.
    [GeneratedRegex(
        @"^(?:.*\S[ \t]{3,}(?:page[ \t]+)?\d{1,4}|.*[·|•][ \t]*page[ \t]+\d{1,4}|[ \t]*page[ \t]+\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?|[ \t]*\d{1,3})[ \t]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex FooterRegex();

    [GeneratedRegex(@"^[ \t]*[_=\-]{5,}[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleRegex();
}
