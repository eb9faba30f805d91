using BalkanMeetings.Core.Import.Blocks;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;

namespace BalkanMeetings.Web.Features.Meetings;

/// <summary>An article's HTML, and whether it is the plain-text fallback (<see cref="ArticleMarkup.Render"/>).</summary>
public sealed record RenderedArticle(string Html, bool IsPlainText);

/// <summary>
/// Renders an article's normalised text as HTML with Markdig, raw HTML disabled, and marks the stretches that
/// record values came from: each becomes <c>&lt;mark id="span-N"&gt;</c> holding a link to its value.
/// </summary>
/// <remarks>
/// The article is untrusted. Markdig's own inline HTML and HTML blocks are off; every text is written escaped; links
/// only keep an <c>href</c> when it is absolute http(s) or mailto, and images are shown as their alt text, so an
/// article can neither run script nor load anything.
/// Marks are written inside the text runs Markdig renders, never around its elements, so overlapping spans and spans
/// that cross bold text, links or table cells still give well-formed HTML: a span crossing a boundary becomes several
/// marks, the first carrying the id. A span the formatted text does not show (only markup characters) is listed
/// after the article, so every id the record links to exists.
/// </remarks>
public static class ArticleMarkup
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables(new PipeTableOptions { RequireHeaderSeparator = true })
        .DisableHtml()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>Heading levels are pushed down by this much, so the article's headings sit under the page's.</summary>
    private const int HeadingShift = 3;

    /// <summary>
    /// The article as HTML; as plain paragraphs, one a line, when Markdig cannot render it (formatting nested deeper
    /// than its limit, which a hostile article can reach in a few hundred bytes), so the page shows it either way.
    /// </summary>
    public static RenderedArticle Render(string text, IReadOnlyList<TextMark> marks)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(marks);
        var parsed = ArticleParser.Parse(text);
        try
        {
            return new RenderedArticle(RenderMarkdown(parsed, marks), IsPlainText: false);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig's depth limit, raised while rendering; its message is the only thing that tells it from a bug.
            return new RenderedArticle(RenderPlain(parsed, marks), IsPlainText: true);
        }
    }

    private static string RenderMarkdown(ArticleDocument parsed, IReadOnlyList<TextMark> marks)
    {
        // The importer's own Markdown, parsed again with the inline positions the marks need.
        var document = Markdig.Markdown.Parse(parsed.Source.Markdown, Pipeline);
        MakeHeadings(document, parsed);

        // Pushed below the page's own headings, and never more than one level below the heading before, so a
        // heading the importer found in a paragraph's place does not skip a level.
        var previous = HeadingShift;
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = previous = Math.Min(Math.Min(6, heading.Level + HeadingShift), previous + 1);
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        var context = new MarkWriter(parsed, marks);
        renderer.ObjectRenderers.Replace<LiteralInlineRenderer>(new MarkedLiteralRenderer(context));
        renderer.ObjectRenderers.Replace<CodeInlineRenderer>(new MarkedCodeRenderer(context));
        renderer.ObjectRenderers.Replace<HtmlEntityInlineRenderer>(new MarkedEntityRenderer(context));
        renderer.ObjectRenderers.Replace<AutolinkInlineRenderer>(new MarkedAutolinkRenderer(context));
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new SafeLinkRenderer());
        var tables = renderer.ObjectRenderers.FindExact<HtmlTableRenderer>();
        if (tables is not null)
        {
            renderer.ObjectRenderers.Replace<HtmlTableRenderer>(new FramedTableRenderer(context, tables));
        }

        renderer.Render(document);
        context.WriteUnplaced(renderer);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>
    /// The short lines the importer reads as the title or a heading become headings, the title at the first level
    /// and the others at the second, as if marked with <c>#</c> and <c>##</c>.
    /// </summary>
    private static void MakeHeadings(MarkdownDocument document, ArticleDocument parsed)
    {
        var headings = parsed.Blocks.Where(b => b.Kind is BlockKind.Title or BlockKind.Heading).ToDictionary(b => b.Start, b => b.Kind);
        if (headings.Count > 0)
        {
            MakeHeadings(document, parsed.Source, headings);
        }
    }

    // Replaced by position as the blocks are walked: finding each paragraph in its parent would cost the square of
    // the number of lines.
    private static void MakeHeadings(ContainerBlock container, ArticleMarkdown source, Dictionary<int, BlockKind> headings)
    {
        for (var k = 0; k < container.Count; k++)
        {
            switch (container[k])
            {
                case ParagraphBlock paragraph when headings.TryGetValue(source.ToText(paragraph.Span.Start), out var kind):
                    var inline = paragraph.Inline;
                    paragraph.Inline = null;
                    container[k] = new HeadingBlock(paragraph.Parser!)
                    {
                        Level = kind == BlockKind.Title ? 1 : 2,
                        Span = paragraph.Span,
                        Line = paragraph.Line,
                        Column = paragraph.Column,
                        Inline = inline,
                    };
                    break;
                case ContainerBlock inner:
                    MakeHeadings(inner, source, headings);
                    break;
            }
        }
    }

    /// <summary>Every non-empty line a paragraph of escaped text, with its marks.</summary>
    private static string RenderPlain(ArticleDocument parsed, IReadOnlyList<TextMark> marks)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        var context = new MarkWriter(parsed, marks);
        var start = 0;
        foreach (var line in parsed.Text.Split('\n'))
        {
            if (line.Trim().Length > 0)
            {
                renderer.Write("<p>");
                context.WriteText(renderer, line, start, start + line.Length, exact: true, insideAnchor: false);
                renderer.Write("</p>");
            }

            start += line.Length + 1;
        }

        context.WriteUnplaced(renderer);
        writer.Flush();
        return writer.ToString();
    }
}
