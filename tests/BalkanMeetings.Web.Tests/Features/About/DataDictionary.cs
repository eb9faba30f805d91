using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BalkanMeetings.Web.Tests.Features.About;

/// <summary>docs/data-dictionary.md read as its tables: each section's rows, each cell as its code names and its text.</summary>
internal sealed class DataDictionary
{
    public static readonly string Path = System.IO.Path.Combine(TestPaths.RepositoryRoot, "docs", "data-dictionary.md");

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private DataDictionary(IReadOnlyDictionary<string, IReadOnlyList<Row>> sections) => Sections = sections;

    /// <summary>The rows of each second-level section's table, by the section's heading.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Row>> Sections { get; }

    /// <summary>Every name written as code in the field tables (the first three columns), flags left out.</summary>
    public IEnumerable<string> Names => Sections.Where(s => s.Key != FlagSection).SelectMany(s => s.Value).SelectMany(r => r.Cells.Take(3)).SelectMany(c => c.Codes);

    public const string FlagSection = "Review flags";

    public static DataDictionary Read()
    {
        var document = Markdown.Parse(File.ReadAllText(Path), Pipeline);
        var sections = new Dictionary<string, IReadOnlyList<Row>>(StringComparer.Ordinal);
        string? section = null;
        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock { Level: 2 } heading:
                    section = TextOf(heading.Inline);
                    break;
                case Table table when section is not null:
                    sections[section] = table.OfType<TableRow>().Where(r => !r.IsHeader).Select(ReadRow).ToList();
                    break;
            }
        }

        return new DataDictionary(sections);
    }

    /// <summary>The code names of one column over a section's rows.</summary>
    public IEnumerable<string> Column(string section, int column) =>
        Sections.TryGetValue(section, out var rows) ? rows.SelectMany(r => r.Cells[column].Codes) : [];

    private static Row ReadRow(TableRow row) =>
        new(row.OfType<TableCell>()
            .Select(cell => new Cell(
                cell.Descendants<CodeInline>().Select(c => c.Content).ToList(),
                string.Concat(cell.Descendants<ParagraphBlock>().Select(p => TextOf(p.Inline))).Trim()))
            .ToList());

    private static string TextOf(ContainerInline? inline) =>
        inline is null ? "" : string.Concat(inline.Descendants<LeafInline>().Select(leaf => leaf switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            _ => "",
        }));

    public sealed record Row(IReadOnlyList<Cell> Cells);

    /// <summary>A cell: the names written as code in it, and all its text.</summary>
    public sealed record Cell(IReadOnlyList<string> Codes, string Text);
}
