namespace BalkanMeetings.Core.Import.Blocks;

/// <summary>
/// The blocks of a normalised article, each with its span in the normalised text, and the Markdown they were parsed
/// from (<see cref="Source"/>), for the article's page, which parses it again.
/// </summary>
public sealed record ArticleDocument(string Text, IReadOnlyList<TextBlock> Blocks, IReadOnlyList<TableBlock> Tables, ArticleMarkdown Source);

public enum BlockKind
{
    Title,
    Heading,
    Paragraph,
    ListItem,
}

/// <summary>A run of prose: the title line, a heading, a paragraph or a list item.</summary>
public sealed record TextBlock(BlockKind Kind, int Start, int End);

/// <summary>A cell of a table: its trimmed text and where that text stands.</summary>
public sealed record Cell(string Text, int Start, int End);

/// <summary>A pipe table; rows keep the cells they have, so ragged rows survive.</summary>
public sealed record TableBlock(int Start, int End, IReadOnlyList<Cell> Header, IReadOnlyList<IReadOnlyList<Cell>> Rows);
