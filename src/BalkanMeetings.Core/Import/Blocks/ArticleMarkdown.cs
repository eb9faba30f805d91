using System.Text;

namespace BalkanMeetings.Core.Import.Blocks;

/// <summary>
/// The Markdown an article is read as, and the way back from its offsets to the article's. Articles put one
/// paragraph on each line with no blank lines between, so a blank line is inserted between any two lines that are not
/// both table rows, and every line becomes a block of its own (docs/import.md#structure). Leading indentation goes
/// from lines that are not table rows, so an indented paragraph is read as a paragraph, not as code.
/// </summary>
/// <remarks>
/// Built in one pass over the text; each offset is mapped back by a binary search over the lines, so parsing and
/// rendering an article cost time in proportion to its length, whatever its number of lines.
/// </remarks>
public sealed class ArticleMarkdown
{
    // For each article line: where its kept text starts in the Markdown, where it starts and ends in the article.
    private readonly int[] _markdownStarts;
    private readonly int[] _textStarts;
    private readonly int[] _textEnds;

    private ArticleMarkdown(string markdown, int[] markdownStarts, int[] textStarts, int[] textEnds)
    {
        Markdown = markdown;
        _markdownStarts = markdownStarts;
        _textStarts = textStarts;
        _textEnds = textEnds;
    }

    public string Markdown { get; }

    /// <summary>Lines examined by <see cref="ToText"/> so far: the measure of its cost that tests can count.</summary>
    internal long LinesProbed { get; private set; }

    public static ArticleMarkdown Build(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lineCount = text.AsSpan().Count('\n') + 1;
        var markdownStarts = new int[lineCount];
        var textStarts = new int[lineCount];
        var textEnds = new int[lineCount];
        var markdown = new StringBuilder(text.Length + lineCount);
        var lineStart = 0;
        var previousWasTable = false;
        for (var k = 0; k < lineCount; k++)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var isTable = text.AsSpan(lineStart, lineEnd - lineStart).Contains('|');
            if (k > 0 && !(previousWasTable && isTable))
            {
                markdown.Append('\n');
            }

            var start = lineStart;
            while (!isTable && start < lineEnd && text[start] is ' ' or '\t')
            {
                start++;
            }

            markdownStarts[k] = markdown.Length;
            textStarts[k] = start;
            textEnds[k] = lineEnd;
            markdown.Append(text, start, lineEnd - start).Append('\n');
            previousWasTable = isTable;
            lineStart = lineEnd + 1;
        }

        return new ArticleMarkdown(markdown.ToString(), markdownStarts, textStarts, textEnds);
    }

    /// <summary>
    /// The article offset of a Markdown offset; an offset in an inserted blank line maps to the end of the line
    /// before it.
    /// </summary>
    public int ToText(int markdownOffset)
    {
        var low = 0;
        var high = _markdownStarts.Length - 1;
        while (low < high)
        {
            LinesProbed++;
            var middle = (low + high + 1) / 2;
            if (_markdownStarts[middle] <= markdownOffset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return Math.Clamp(_textStarts[low] + markdownOffset - _markdownStarts[low], _textStarts[low], _textEnds[low]);
    }
}
