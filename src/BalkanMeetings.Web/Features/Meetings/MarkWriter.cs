using BalkanMeetings.Core.Import.Blocks;
using BalkanMeetings.Core.Import.Extraction;
using Markdig.Renderers;

namespace BalkanMeetings.Web.Features.Meetings;

/// <summary>Writes text runs with the marks that cover them, and remembers which marks have been given their id.</summary>
internal sealed class MarkWriter
{
    private readonly string _text;
    private readonly ArticleMarkdown _source;
    private readonly List<TextMark> _inline;
    private readonly int[] _inlineEndsSoFar;
    private readonly List<TextMark> _block;
    private readonly List<TextMark> _all;
    private readonly HashSet<int> _placed = [];

    public MarkWriter(ArticleDocument parsed, IReadOnlyList<TextMark> marks)
    {
        _text = parsed.Text;
        _source = parsed.Source;

        // Outer marks first, so a span inside another is nested inside it.
        _all = marks.OrderBy(m => m.Start).ThenByDescending(m => m.Length).ThenBy(m => m.Id).ToList();
        _inline = _all.Where(m => !m.Block).ToList();
        _inlineEndsSoFar = new int[_inline.Count];
        for (var i = 0; i < _inline.Count; i++)
        {
            _inlineEndsSoFar[i] = Math.Max(_inline[i].End, i > 0 ? _inlineEndsSoFar[i - 1] : int.MinValue);
        }
        _block = _all.Where(m => m.Block).ToList();
    }

    public string Markdown => _source.Markdown;

    public int ToText(int markdownOffset) => _source.ToText(markdownOffset);

    /// <summary>
    /// A run of visible text. When <paramref name="exact"/>, its characters stand one for one from
    /// <paramref name="start"/>; otherwise the whole run stands for the article's <paramref name="start"/> to
    /// <paramref name="end"/> (an entity, an escape, a code span) and is marked as one piece.
    /// </summary>
    public void WriteText(HtmlRenderer renderer, string visible, int start, int end, bool exact, bool insideAnchor)
    {
        if (visible.Length == 0)
        {
            return;
        }

        if (!exact)
        {
            WriteSegment(renderer, visible, Overlapping(start, end), insideAnchor);
            return;
        }

        end = start + visible.Length;
        var cuts = new SortedSet<int> { start, end };
        var overlapping = Overlapping(start, end);
        foreach (var mark in overlapping)
        {
            if (mark.Start > start && mark.Start < end)
            {
                cuts.Add(mark.Start);
            }

            if (mark.End > start && mark.End < end)
            {
                cuts.Add(mark.End);
            }
        }

        // The marks over each piece, kept as the pieces go by: a mark joins at its start and leaves at its end, in
        // the order of the marks, outer first.
        var active = new List<TextMark>();
        var next = 0;
        var from = start;
        foreach (var to in cuts.Skip(1))
        {
            active.RemoveAll(m => m.End <= from);
            for (; next < overlapping.Count && overlapping[next].Start < to; next++)
            {
                if (overlapping[next].End > from)
                {
                    active.Add(overlapping[next]);
                }
            }

            WriteSegment(renderer, visible.Substring(from - start, to - from), active, insideAnchor);
            from = to;
        }
    }

    /// <summary>
    /// The inline marks over any of <paramref name="start"/> to <paramref name="end"/>, in order. Found from the
    /// last mark that starts before the end, back to where no earlier mark reaches the start, so a run costs the
    /// marks near it, not every mark of the article.
    /// </summary>
    private List<TextMark> Overlapping(int start, int end)
    {
        var low = TextOrder.FirstAtOrAfter(_inline, end, m => m.Start);

        var found = new List<TextMark>();
        for (var i = low - 1; i >= 0 && _inlineEndsSoFar[i] > start; i--)
        {
            if (_inline[i].End > start)
            {
                found.Add(_inline[i]);
            }
        }

        found.Reverse();
        return found;
    }

    /// <summary>The marks of whole tables that overlap the article's <paramref name="start"/> to <paramref name="end"/>, not yet written.</summary>
    public List<TextMark> BlockMarks(int start, int end) =>
        _block.Where(m => m.Start < end && m.End > start && _placed.Add(m.Id)).ToList();

    /// <summary>Marks no visible text carried, each with the article's words, so every id the record links to exists.</summary>
    public void WriteUnplaced(HtmlRenderer renderer)
    {
        var missing = _all.Where(m => !_placed.Contains(m.Id)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        renderer.Write("<aside class=\"unplaced\"><p>Also read from this article, in words its formatting hides:</p><ul>");
        foreach (var mark in missing)
        {
            var start = Math.Clamp(mark.Start, 0, _text.Length);
            var end = Math.Clamp(mark.End, start, _text.Length);
            renderer.Write("<li>");
            WriteSegment(renderer, end > start ? _text[start..end] : "…", [mark], insideAnchor: false);
            renderer.Write("</li>");
        }

        renderer.Write("</ul></aside>");
    }

    private void WriteSegment(HtmlRenderer renderer, string text, List<TextMark> active, bool insideAnchor)
    {
        if (active.Count == 0)
        {
            renderer.WriteEscape(text);
            return;
        }

        foreach (var mark in active)
        {
            renderer.Write("<mark class=\"span field-").WriteEscape(mark.Kind).Write('"');
            if (_placed.Add(mark.Id))
            {
                renderer.Write(" id=\"span-").Write(Number(mark.Id)).Write('"');
            }

            renderer.Write(" data-span=\"").Write(Number(mark.Id)).Write("\">");
        }

        // The innermost span is the most specific value; its link is the one the words lead to.
        if (!insideAnchor)
        {
            var inner = active[^1];
            renderer.Write("<a href=\"#").WriteEscape(inner.ValueId).Write("\" title=\"").WriteEscape(inner.Label).Write("\">");
        }

        renderer.WriteEscape(text);
        if (!insideAnchor)
        {
            renderer.Write("</a>");
        }

        for (var i = 0; i < active.Count; i++)
        {
            renderer.Write("</mark>");
        }
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
