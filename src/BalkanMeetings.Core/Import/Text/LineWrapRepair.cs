using System.Text;

namespace BalkanMeetings.Core.Import.Text;

/// <summary>
/// Joins the lines of a plain-text edition wrapped at a fixed width (a mailing list, a terminal brief) back into
/// paragraphs, so that a wrapped line is not read as a heading of its own. See docs/import.md#layout.
/// </summary>
public static class LineWrapRepair
{
    // Wider lines are prose that was never wrapped; a narrower width is a column of headings or a list.
    private const int MaxWrapWidth = 100;

    private const int MinWrapWidth = 40;

    // Fewer joins than this is a few short paragraphs, not a wrapped text.
    private const int MinJoins = 3;

    /// <summary>Returns the text with every line the wrapping broke joined to the next.</summary>
    public static string Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        var width = lines.Max(l => l.TrimEnd().Length);
        if (width is > MaxWrapWidth or < MinWrapWidth)
        {
            return text;
        }

        var joins = Enumerable.Range(0, lines.Length - 1).Where(k => WasWrapped(lines[k], lines[k + 1], width)).ToHashSet();
        if (joins.Count < MinJoins)
        {
            return text;
        }

        // Written into one builder: joining a paragraph by concatenating strings would copy it once per line.
        var output = new StringBuilder(text.Length);
        for (var k = 0; k < lines.Length; k++)
        {
            if (joins.Contains(k - 1))
            {
                TrimEnd(output);
                output.Append(' ').Append(lines[k].AsSpan().Trim());
            }
            else
            {
                output.Append(k > 0 ? "\n" : "").Append(lines[k]);
            }
        }

        return output.ToString();
    }

    private static void TrimEnd(StringBuilder output)
    {
        var end = output.Length;
        while (end > 0 && char.IsWhiteSpace(output[end - 1]) && output[end - 1] != '\n')
        {
            end--;
        }

        output.Length = end;
    }

    // Greedy wrapping breaks a line only when the next word would not fit; a line that ends a sentence or a framed
    // or listed line keeps its break.
    private static bool WasWrapped(string line, string next, int width)
    {
        var head = line.TrimEnd();
        var tail = next.Trim();
        if (head.Length == 0 || tail.Length == 0 || IsFurniture(head) || IsFurniture(tail) || StartsItem(tail)
            || head[^1] is '.' or '!' or '?' or ':' or '"' or '”' or '-')
        {
            return false;
        }

        var firstWord = tail.Split(' ', 2)[0];
        return head.Length + 1 + firstWord.Length > width;
    }

    private static bool IsFurniture(string line) =>
        line.TrimStart()[0] is '|' or '+' or '~' or '=' or '-' or '_' or '*' or '#' or '>' || line[^1] is '|' or '+';

    private static bool StartsItem(string line) =>
        line.Length > 1 && (char.IsDigit(line[0]) || line[0] is '•' or '[') && line.IndexOfAny(['.', ')', ']']) is > 0 and < 4;
}
