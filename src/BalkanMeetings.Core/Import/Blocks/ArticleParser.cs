using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace BalkanMeetings.Core.Import.Blocks;

/// <summary>
/// Finds the blocks of a normalised article with Markdig, in the Markdown <see cref="ArticleMarkdown"/> makes of it
/// (every line that is not part of a table a block of its own); short unpunctuated lines followed by text are
/// headings. See docs/import.md#structure.
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
        var source = ArticleMarkdown.Build(text);
        var document = Markdown.Parse(source.Markdown, Pipeline);

        var blocks = new List<TextBlock>();
        var tables = new List<TableBlock>();
        foreach (var block in document.Descendants())
        {
            switch (block)
            {
                case Table table:
                    tables.Add(ReadTable(table, source));
                    break;
                case ParagraphBlock paragraph when paragraph.Parent is not Markdig.Extensions.Tables.TableCell:
                    AddProse(blocks, paragraph, source, paragraph.Parent is ListItemBlock ? BlockKind.ListItem : BlockKind.Paragraph);
                    break;
                case HeadingBlock heading:
                    AddProse(blocks, heading, source, BlockKind.Heading);
                    break;
            }
        }

        blocks.Sort((a, b) => a.Start.CompareTo(b.Start));
        MarkTitleAndHeadings(text, blocks);
        return new ArticleDocument(text, blocks, tables, source);
    }

    private static void AddProse(List<TextBlock> blocks, LeafBlock block, ArticleMarkdown source, BlockKind kind)
    {
        if (block.Span.IsEmpty)
        {
            return;
        }

        var start = source.ToText(block.Span.Start);
        var end = source.ToText(block.Span.End + 1);
        blocks.Add(new TextBlock(kind, start, end));
    }

    private static TableBlock ReadTable(Table table, ArticleMarkdown source)
    {
        var header = new List<Cell>();
        var rows = new List<IReadOnlyList<Cell>>();
        foreach (var row in table.OfType<TableRow>())
        {
            var cells = row.OfType<Markdig.Extensions.Tables.TableCell>()
                .Select(cell => ReadCell(cell, source))
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

        var start = source.ToText(table.Span.Start);
        var end = source.ToText(table.Span.End + 1);
        return new TableBlock(start, end, header, rows);
    }

    private static Cell ReadCell(Markdig.Extensions.Tables.TableCell cell, ArticleMarkdown source)
    {
        var raw = source.Markdown.AsSpan(cell.Span.Start, cell.Span.Length);
        var trimmedStart = cell.Span.Start + (raw.Length - raw.TrimStart().Length);
        var value = raw.Trim().Trim('|').Trim().ToString();
        var start = source.ToText(trimmedStart);
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
