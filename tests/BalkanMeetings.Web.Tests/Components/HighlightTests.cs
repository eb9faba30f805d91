using BalkanMeetings.Core.Search;
using BalkanMeetings.Web.Components;

namespace BalkanMeetings.Web.Tests.Components;

public sealed class HighlightTests
{
    private const char Start = SearchHit.MarkStart;
    private const char End = SearchHit.MarkEnd;

    [Fact]
    public void Matched_words_are_marked_and_everything_else_is_encoded()
    {
        var html = Highlight.Snippet($"<img src=x onerror=alert(1)> met {Start}Đukanović{End} & <b>Vučić</b>").Value;

        Assert.Equal("&lt;img src=x onerror=alert(1)&gt; met <mark>Đukanović</mark> &amp; &lt;b&gt;Vučić&lt;/b&gt;", html);
    }

    [Fact]
    public void Line_breaks_collapse_to_spaces()
    {
        Assert.Equal("a <mark>b</mark> c", Highlight.Snippet($"a\n\n{Start}b{End}\r\n  c").Value);
    }

    [Fact]
    public void An_unclosed_mark_is_closed()
    {
        Assert.Equal("cut <mark>off</mark>", Highlight.Snippet($"cut {Start}off").Value);
    }
}
