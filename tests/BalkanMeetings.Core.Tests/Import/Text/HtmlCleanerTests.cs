using BalkanMeetings.Core.Import.Text;

namespace BalkanMeetings.Core.Tests.Import.Text;

public sealed class HtmlCleanerTests
{
    [Theory]
    [InlineData("the Chairman of the Presidency, Mladen Ivani&#263;,", "the Chairman of the Presidency, Mladen Ivanić,")]
    [InlineData("Marina Pende&#353; and Denis Zvizdi&#x107;", "Marina Pendeš and Denis Zvizdić")]
    [InlineData("BRUSSELS, 20 June 2017 &#8211; NATO Newsroom", "BRUSSELS, 20 June 2017 – NATO Newsroom")]
    [InlineData("on that task &amp; promised", "on that task & promised")]
    [InlineData("Herzegovina&#8217;s reform efforts", "Herzegovina’s reform efforts")]
    [InlineData("Euro-Atlantic objectives.&nbsp;", "Euro-Atlantic objectives.")]
    [InlineData("Rose&nbsp;Gottemoeller", "Rose Gottemoeller")]
    [InlineData("Mladen Ivani&amp;#263;", "Mladen Ivanić")]
    public void Decodes_entities(string html, string expected)
    {
        var (text, hadHtml) = HtmlCleaner.Clean(html);

        Assert.Equal(expected, text);
        Assert.True(hadHtml);
    }

    [Theory]
    [InlineData("<p>Rose Gottemoeller &lt;NATO photo&gt;</p>", "Rose Gottemoeller <NATO photo>")]
    [InlineData("a &lt;b&gt; tag", "a <b> tag")]
    public void Escaped_markup_becomes_text_and_is_not_taken_for_a_tag(string html, string expected)
    {
        Assert.Equal(expected, HtmlCleaner.Clean(html).Text);
    }

    [Theory]
    [InlineData("<p>First paragraph.</p><p>Second paragraph.</p>", "First paragraph.\n\nSecond paragraph.")]
    [InlineData("First paragraph.<br><br>\nSecond paragraph.", "First paragraph.\n\nSecond paragraph.")]
    [InlineData("First line<br>second line<br/>third line<BR />", "First line\nsecond line\nthird line")]
    [InlineData("<h2>Deputy Secretary General visits</h2><p>NATO Deputy", "Deputy Secretary General visits\n\nNATO Deputy")]
    [InlineData("<div>Kosovo</div><div>Security</div>", "Kosovo\nSecurity")]
    [InlineData("<ul><li>Readiness</li><li>Dialogue</li></ul>", "Readiness\nDialogue")]
    [InlineData("<blockquote>Montenegro is a valued Ally</blockquote>he said", "Montenegro is a valued Ally\n\nhe said")]
    public void Turns_block_tags_into_line_breaks(string html, string expected)
    {
        Assert.Equal(expected, HtmlCleaner.Clean(html).Text);
    }

    [Fact]
    public void A_doctype_declaration_goes_so_the_page_title_is_the_first_line()
    {
        var (text, _) = HtmlCleaner.Clean("<!DOCTYPE html>\n<html lang=\"en\"><head><title>Rama at NATO</title></head><body><p>Text.</p></body></html>");

        Assert.StartsWith("Rama at NATO", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Turns_table_rows_into_pipe_rows()
    {
        const string html = "<table><tr><th>Initiative</th><th>Objective</th></tr>"
            + "<tr><td>KFOR Presence</td><td>Peace</td></tr></table>";

        Assert.Equal("Initiative | Objective |\nKFOR Presence | Peace |", HtmlCleaner.Clean(html).Text);
    }

    [Theory]
    [InlineData("<p><em>Photo caption:</em> The Chairman</p>", "Photo caption: The Chairman")]
    [InlineData("<a href=\"https://nato.int/?a=1&b=2\" title=\"x > y\">NATO</a> <strong>said</strong>", "NATO said")]
    [InlineData("<span class='x'>Osmani</span><o:p></o:p>", "Osmani")]
    public void Strips_inline_tags_with_their_attributes(string html, string expected)
    {
        Assert.Equal(expected, HtmlCleaner.Clean(html).Text);
    }

    [Fact]
    public void Strips_a_tag_that_removing_broken_markup_joins()
    {
        Assert.Equal("Text\n\nmore", HtmlCleaner.Clean("Text</p<br>>more").Text);
    }

    [Theory]
    [InlineData("<p>Sarajevo.</p>\n<!-- end of article body -->", "Sarajevo.")]
    [InlineData("<p>Before</p><!-- a comment\nover <p>two</p> lines -->After", "Before\n\nAfter")]
    [InlineData("<p>Text</p><script type=\"module\">var p = '<p>';</script><style>p { margin: 0; }</style>", "Text")]
    [InlineData("<p>Body</p><!-- truncated page <p>never closed", "Body")]
    public void Drops_comments_scripts_and_styles(string html, string expected)
    {
        Assert.Equal(expected, HtmlCleaner.Clean(html).Text);
    }

    [Theory]
    [InlineData("<p>   Indented    text  </p>\n\n\n\n<p>Next</p>", "Indented text\n\nNext")]
    [InlineData("Line one &amp; more\nLine two", "Line one & more\nLine two")]
    [InlineData("a&nbsp;&nbsp; b\t\tc", "a b c")]
    public void Collapses_spaces_and_blank_lines_but_keeps_line_breaks(string html, string expected)
    {
        Assert.Equal(expected, HtmlCleaner.Clean(html).Text);
    }

    [Theory]
    [InlineData("Plain text with a heading\n\n\nand <NATO photo> credit")]
    [InlineData("AT&T, R&D; and Q&As; stay")]
    [InlineData("if a < b and c > d")]
    [InlineData("a <b and c with no end")]
    [InlineData("")]
    public void Leaves_text_without_html_unchanged(string text)
    {
        var (cleaned, hadHtml) = HtmlCleaner.Clean(text);

        Assert.Same(text, cleaned);
        Assert.False(hadHtml);
    }
}
