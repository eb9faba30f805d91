using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace BalkanMeetings.Web.Features.Meetings;

// The renderers ArticleMarkup puts in place of Markdig's own: text runs carry their marks, links are kept only when safe.
internal sealed class MarkedLiteralRenderer(MarkWriter marks) : HtmlObjectRenderer<LiteralInline>
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

        var insideAnchor = SafeLinks.InsideAnchor(literal);

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

internal sealed class MarkedCodeRenderer(MarkWriter marks) : HtmlObjectRenderer<CodeInline>
{
    protected override void Write(HtmlRenderer renderer, CodeInline code)
    {
        renderer.Write("<code>");
        marks.WriteText(renderer, code.Content, marks.ToText(code.Span.Start), marks.ToText(code.Span.End) + 1, exact: false, SafeLinks.InsideAnchor(code));
        renderer.Write("</code>");
    }
}

internal sealed class MarkedEntityRenderer(MarkWriter marks) : HtmlObjectRenderer<HtmlEntityInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlEntityInline entity) =>
        marks.WriteText(renderer, entity.Transcoded.ToString(), marks.ToText(entity.Span.Start), marks.ToText(entity.Span.End) + 1, exact: false, SafeLinks.InsideAnchor(entity));
}

internal sealed class MarkedAutolinkRenderer(MarkWriter marks) : HtmlObjectRenderer<AutolinkInline>
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline link)
    {
        var href = link.IsEmail ? "mailto:" + link.Url : link.Url;
        var start = marks.ToText(link.Span.Start);
        var end = marks.ToText(link.Span.End) + 1;
        if (!SafeLinks.IsSafeUrl(href))
        {
            marks.WriteText(renderer, link.Url, start, end, exact: false, SafeLinks.InsideAnchor(link));
            return;
        }

        renderer.Write("<a href=\"").WriteEscapeUrl(href).Write("\" rel=\"nofollow noopener noreferrer\">");
        marks.WriteText(renderer, link.Url, start, end, exact: false, insideAnchor: true);
        renderer.Write("</a>");
    }
}

/// <summary>Links keep their target only when it is safe; images become their alt text, so nothing is loaded.</summary>
internal sealed class SafeLinkRenderer : HtmlObjectRenderer<LinkInline>
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (!SafeLinks.IsAnchor(link))
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
internal sealed class FramedTableRenderer(MarkWriter marks, HtmlTableRenderer inner) : HtmlObjectRenderer<Table>
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
