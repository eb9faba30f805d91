using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace BalkanMeetings.Core.Import.Blocks;

/// <summary>
/// Finds the blocks of a normalised article with Markdig. Articles use one line per paragraph with no blank
/// lines between, so each line that is not part of a table is given a block of its own before parsing; short
/// unpunctuated lines followed by text are headings. See docs/import.md#structure.
/// </summary>
public static class ArticleParser
{
    private const int MaxHeadingLength = 160;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables(new PipeTableOptions { RequireHeaderSeparator = true })
        .DisableHtml()
        .Build();

    public static ArticleDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = SplitLines(text);
        var (markdown, lineMap) = SeparateBlocks(text, lines);
        var document = Markdown.Parse(markdown, Pipeline);

        var blocks = new List<TextBlock>();
        var tables = new List<TableBlock>();
        foreach (var block in document.Descendants())
        {
            switch (block)
            {
                case Table table:
                    tables.Add(ReadTable(table, markdown, lineMap));
                    break;
                case ParagraphBlock paragraph when paragraph.Parent is not Markdig.Extensions.Tables.TableCell:
                    AddProse(blocks, paragraph, markdown, lineMap, paragraph.Parent is ListItemBlock ? BlockKind.ListItem : BlockKind.Paragraph);
                    break;
                case HeadingBlock heading:
                    AddProse(blocks, heading, markdown, lineMap, BlockKind.Heading);
                    break;
            }
        }

        blocks.Sort((a, b) => a.Start.CompareTo(b.Start));
        MarkTitleAndHeadings(text, blocks);
        return new ArticleDocument(text, blocks, tables);
    }

    private static List<(int Start, int End)> SplitLines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                lines.Add((start, i));
                start = i + 1;
            }
        }

        return lines;
    }

    // Builds the Markdown that Markdig parses: the same lines, with a blank line between any two that are not
    // both table rows. lineMap[k] is the text offset of the k-th Markdown line's first character (-1 for the
    // inserted blank lines).
    private static (string Markdown, List<int> LineMap) SeparateBlocks(string text, List<(int Start, int End)> lines)
    {
        var markdown = new StringBuilder(text.Length + lines.Count);
        var lineMap = new List<int>(lines.Count * 2);
        for (var k = 0; k < lines.Count; k++)
        {
            var (start, end) = lines[k];
            if (k > 0 && !(IsTableLine(text, lines[k - 1]) && IsTableLine(text, lines[k])))
            {
                markdown.Append('\n');
                lineMap.Add(-1);
            }

            markdown.Append(text, start, end - start).Append('\n');
            lineMap.Add(start);
        }

        return (markdown.ToString(), lineMap);
    }

    private static bool IsTableLine(string text, (int Start, int End) line) =>
        text.AsSpan(line.Start, line.End - line.Start).Contains('|');

    private static int ToTextOffset(string markdown, List<int> lineMap, int markdownOffset)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < markdownOffset && i < markdown.Length; i++)
        {
            if (markdown[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return lineMap[Math.Min(line, lineMap.Count - 1)] + (markdownOffset - lineStart);
    }

    private static void AddProse(List<TextBlock> blocks, LeafBlock block, string markdown, List<int> lineMap, BlockKind kind)
    {
        if (block.Span.IsEmpty)
        {
            return;
        }

        var start = ToTextOffset(markdown, lineMap, block.Span.Start);
        var end = ToTextOffset(markdown, lineMap, block.Span.End + 1);
        blocks.Add(new TextBlock(kind, start, end));
    }

    private static TableBlock ReadTable(Table table, string markdown, List<int> lineMap)
    {
        var header = new List<Cell>();
        var rows = new List<IReadOnlyList<Cell>>();
        foreach (var row in table.OfType<TableRow>())
        {
            var cells = row.OfType<Markdig.Extensions.Tables.TableCell>()
                .Select(cell => ReadCell(cell, markdown, lineMap))
                .ToList();
            if (row.IsHeader && header.Count == 0)
            {
                header = cells;
            }
            else
            {
                rows.Add(cells);
            }
        }

        var start = ToTextOffset(markdown, lineMap, table.Span.Start);
        var end = ToTextOffset(markdown, lineMap, table.Span.End + 1);
        return new TableBlock(start, end, header, rows);
    }

    private static Cell ReadCell(Markdig.Extensions.Tables.TableCell cell, string markdown, List<int> lineMap)
    {
        var raw = markdown.AsSpan(cell.Span.Start, cell.Span.Length);
        var trimmedStart = cell.Span.Start + (raw.Length - raw.TrimStart().Length);
        var value = raw.Trim().Trim('|').Trim().ToString();
        var start = ToTextOffset(markdown, lineMap, trimmedStart);
        return new Cell(value, start, start + value.Length);
    }

    // A short first line is the article's title. A short line without closing punctuation, followed by more
    // prose, is a heading: content-farm articles set their section titles that way.
    private static void MarkTitleAndHeadings(string text, List<TextBlock> blocks)
    {
        for (var k = 0; k < blocks.Count; k++)
        {
            var block = blocks[k];
            if (block.Kind != BlockKind.Paragraph)
            {
                continue;
            }

            if (k + 1 < blocks.Count && LooksLikeHeading(text.AsSpan(block.Start, block.End - block.Start)))
            {
                blocks[k] = block with { Kind = k == 0 ? BlockKind.Title : BlockKind.Heading };
            }
        }
    }

    private static bool LooksLikeHeading(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        return trimmed.Length is > 0 and <= MaxHeadingLength
            && !trimmed.Contains('\n')
            && trimmed[^1] is not ('.' or '!' or '?' or ';' or ',' or '"' or '”' or ')')
            && (trimmed[^1] != ':' || trimmed.Length < 40);
    }
}
