using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BalkanMeetings.Web.Features.About;

/// <summary>
/// The data dictionary as the about page shows it: <c>docs/data-dictionary.md</c>, built into the app, rendered once.
/// One file serves the repository's docs and the site, and a test checks it names every field and flag kind.
/// </summary>
public static class DataDictionaryMarkup
{
    /// <summary>The name the build gives the embedded file (BalkanMeetings.Web.csproj).</summary>
    public const string ResourceName = "BalkanMeetings.Web.data-dictionary.md";

    /// <summary>Heading levels are pushed down by one: the file's title sits under the page's own.</summary>
    private const int HeadingShift = 1;

    // The file is the project's own, but nothing in it needs raw HTML, so none is let through. Heading ids are
    // GitHub's, so the file's links to its own sections work on both.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables(new PipeTableOptions { RequireHeaderSeparator = true })
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    private static readonly Lazy<string> Rendered = new(() => Render(ReadResource()));

    public static string Html => Rendered.Value;

    private static string Render(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + HeadingShift);
        }

        foreach (var table in document.Descendants<Table>())
        {
            LabelCells(table);
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        var tables = renderer.ObjectRenderers.FindExact<HtmlTableRenderer>()
            ?? throw new InvalidOperationException("The pipeline renders no tables.");
        renderer.ObjectRenderers.Replace<HtmlTableRenderer>(new ScrollingTableRenderer(tables));
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>
    /// Each body cell carries its column's heading, which a phone shows before the value when the rows stack
    /// (app.css, "About page").
    /// </summary>
    private static void LabelCells(Table table)
    {
        var labels = table.OfType<TableRow>().First(r => r.IsHeader).OfType<TableCell>()
            .Select(cell => string.Concat(cell.Descendants<LiteralInline>().Select(text => text.Content.ToString())).Trim())
            .ToList();
        foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader))
        {
            foreach (var (cell, label) in row.OfType<TableCell>().Zip(labels))
            {
                cell.GetAttributes().AddProperty("data-label", label);
            }
        }
    }

    private static string ReadResource()
    {
        using var stream = typeof(DataDictionaryMarkup).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The app was built without {ResourceName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// A wide table scrolls sideways in its own box on a phone. The box can take focus, so it scrolls from the
    /// keyboard too, and is named after the heading above it.
    /// </summary>
    private sealed class ScrollingTableRenderer(HtmlTableRenderer inner) : HtmlObjectRenderer<Table>
    {
        protected override void Write(HtmlRenderer renderer, Table table)
        {
            renderer.Write("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\"");
            if (HeadingBefore(table)?.GetAttributes().Id is { } id)
            {
                renderer.Write(" aria-labelledby=\"").WriteEscape(id).Write('"');
            }

            renderer.Write('>');
            ((IMarkdownObjectRenderer)inner).Write(renderer, table);
            renderer.Write("</div>");
        }

        private static HeadingBlock? HeadingBefore(Table table)
        {
            var parent = table.Parent!;
            return parent.Take(parent.IndexOf(table)).OfType<HeadingBlock>().LastOrDefault();
        }
    }
}
