using BalkanMeetings.Core.Import;
using BalkanMeetings.Core.Import.Blocks;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BalkanMeetings.Web.Features.Meetings;

/// <summary>A stretch of the normalised article that a value of the record was read from.</summary>
/// <param name="Id">The provenance span's id; the mark's element id is <c>span-{Id}</c>.</param>
/// <param name="Start">Offset in the normalised text.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="Kind">What kind of value it gave (<c>date</c>, <c>person</c>…), for styling.</param>
/// <param name="ValueId">The element id of the value on the page.</param>
/// <param name="Label">What the value is, in words, for the link's title.</param>
/// <param name="Block">True for a value read from a whole table: the table is framed instead of every cell marked.</param>
public sealed record TextMark(int Id, int Start, int Length, string Kind, string ValueId, string Label, bool Block = false)
{
    public int End => Start + Length;
}

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
        renderer.ObjectRenderers.Replace<LiteralInlineRenderer>(new LiteralRenderer(context));
        renderer.ObjectRenderers.Replace<CodeInlineRenderer>(new CodeRenderer(context));
        renderer.ObjectRenderers.Replace<HtmlEntityInlineRenderer>(new EntityRenderer(context));
        renderer.ObjectRenderers.Replace<AutolinkInlineRenderer>(new AutolinkRenderer(context));
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new LinkRenderer());
        var tables = renderer.ObjectRenderers.FindExact<HtmlTableRenderer>();
        if (tables is not null)
        {
            renderer.ObjectRenderers.Replace<HtmlTableRenderer>(new TableRenderer(context, tables));
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

    /// <summary>True for the only link targets an article may have: absolute http, https and mailto.</summary>
    internal static bool IsSafeUrl(string? url) =>
        WebAddress.Parse(url) is not null || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeMailto);

    private static bool IsAnchor(LinkInline link) => !link.IsImage && IsSafeUrl(link.GetDynamicUrl?.Invoke() ?? link.Url);

    /// <summary>A mark inside a link cannot hold a link of its own (anchors do not nest).</summary>
    private static bool InsideAnchor(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline link && IsAnchor(link))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class LiteralRenderer(MarkWriter marks) : HtmlObjectRenderer<LiteralInline>
    {
        protected override void Write(HtmlRenderer renderer, LiteralInline literal)
        {
            var visible = literal.Content.ToString();
            if (visible.Length == 0)
            {
                return;
            }

            if (literal.Span.IsEmpty)
            {
                renderer.WriteEscape(visible);
                return;
            }

            var insideAnchor = InsideAnchor(literal);

            // Most runs are a slice of the parsed Markdown itself; table cells are parsed from a copy, so the run is
            // found again inside its source span (which includes the cell's padding).
            if (ReferenceEquals(literal.Content.Text, marks.Markdown))
            {
                var start = marks.ToText(literal.Content.Start);
                marks.WriteText(renderer, visible, start, start + visible.Length, exact: true, insideAnchor);
                return;
            }

            var at = marks.Markdown.AsSpan(literal.Span.Start, literal.Span.Length).IndexOf(visible, StringComparison.Ordinal);
            if (at >= 0)
            {
                var start = marks.ToText(literal.Span.Start + at);
                marks.WriteText(renderer, visible, start, start + visible.Length, exact: true, insideAnchor);
            }
            else
            {
                marks.WriteText(renderer, visible, marks.ToText(literal.Span.Start), marks.ToText(literal.Span.End) + 1, exact: false, insideAnchor);
            }
        }
    }

    private sealed class CodeRenderer(MarkWriter marks) : HtmlObjectRenderer<CodeInline>
    {
        protected override void Write(HtmlRenderer renderer, CodeInline code)
        {
            renderer.Write("<code>");
            marks.WriteText(renderer, code.Content, marks.ToText(code.Span.Start), marks.ToText(code.Span.End) + 1, exact: false, InsideAnchor(code));
            renderer.Write("</code>");
        }
    }

    private sealed class EntityRenderer(MarkWriter marks) : HtmlObjectRenderer<HtmlEntityInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlEntityInline entity) =>
            marks.WriteText(renderer, entity.Transcoded.ToString(), marks.ToText(entity.Span.Start), marks.ToText(entity.Span.End) + 1, exact: false, InsideAnchor(entity));
    }

    private sealed class AutolinkRenderer(MarkWriter marks) : HtmlObjectRenderer<AutolinkInline>
    {
        protected override void Write(HtmlRenderer renderer, AutolinkInline link)
        {
            var href = link.IsEmail ? "mailto:" + link.Url : link.Url;
            var start = marks.ToText(link.Span.Start);
            var end = marks.ToText(link.Span.End) + 1;
            if (!IsSafeUrl(href))
            {
                marks.WriteText(renderer, link.Url, start, end, exact: false, InsideAnchor(link));
                return;
            }

            renderer.Write("<a href=\"").WriteEscapeUrl(href).Write("\" rel=\"nofollow noopener noreferrer\">");
            marks.WriteText(renderer, link.Url, start, end, exact: false, insideAnchor: true);
            renderer.Write("</a>");
        }
    }

    /// <summary>Links keep their target only when it is safe; images become their alt text, so nothing is loaded.</summary>
    private sealed class LinkRenderer : HtmlObjectRenderer<LinkInline>
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            if (!IsAnchor(link))
            {
                renderer.WriteChildren(link);
                return;
            }

            renderer.Write("<a href=\"").WriteEscapeUrl(link.GetDynamicUrl?.Invoke() ?? link.Url).Write('"');
            if (!string.IsNullOrEmpty(link.Title))
            {
                renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
            }

            renderer.Write(" rel=\"nofollow noopener noreferrer\">");
            renderer.WriteChildren(link);
            renderer.Write("</a>");
        }
    }

    /// <summary>
    /// Tables scroll sideways inside their own box on narrow screens; a value read from a whole table frames it, with
    /// a link to the value, instead of marking every cell.
    /// </summary>
    private sealed class TableRenderer(MarkWriter marks, HtmlTableRenderer inner) : HtmlObjectRenderer<Table>
    {
        protected override void Write(HtmlRenderer renderer, Table table)
        {
            var frames = marks.BlockMarks(marks.ToText(table.Span.Start), marks.ToText(table.Span.End) + 1);
            foreach (var frame in frames)
            {
                renderer.Write("<figure class=\"span-block field-").WriteEscape(frame.Kind)
                    .Write("\" id=\"span-").Write(frame.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("\">");
            }

            renderer.Write("<div class=\"table-wrap\">");
            ((IMarkdownObjectRenderer)inner).Write(renderer, table);
            renderer.Write("</div>");
            for (var i = frames.Count - 1; i >= 0; i--)
            {
                renderer.Write("<figcaption><a href=\"#").WriteEscape(frames[i].ValueId).Write("\">").WriteEscape(frames[i].Label).Write("</a></figcaption></figure>");
            }
        }
    }
}
