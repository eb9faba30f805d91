using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using BalkanMeetings.Web.Features.Meetings;
using Bunit;

namespace BalkanMeetings.Web.Tests.Features.Meetings;

public sealed class SourceArticleTests : BunitContext
{
    [Fact]
    public void A_span_becomes_a_mark_with_its_id_linking_to_its_value()
    {
        const string text = "NATO Secretary General Jens Stoltenberg met Prime Minister Dritan Abazović on December 16, 2024, in Podgorica.";
        var date = Mark(7, text, "December 16, 2024", "date", "value-meeting-date", "Date of the meeting");

        var document = RenderArticle(text, date);

        var mark = document.Find("mark#span-7");
        Assert.Equal("December 16, 2024", mark.TextContent);
        Assert.Contains("field-date", mark.ClassList);
        var link = Assert.Single(mark.QuerySelectorAll("a"));
        Assert.Equal("#value-meeting-date", link.GetAttribute("href"));
        Assert.Equal("Date of the meeting", link.GetAttribute("title"));
        Assert.Equal(text, document.Find(".article-text p").TextContent);
    }

    [Fact]
    public void Overlapping_and_nested_spans_give_well_formed_html_with_every_id_once()
    {
        const string text = "Montenegro’s Prime Minister Dritan Abazović welcomed the Secretary General.";
        var role = Mark(1, text, "Prime Minister Dritan", "role", "value-participation-2-role", "Office");
        var name = Mark(2, text, "Dritan Abazović", "person", "value-participation-2-person", "Name");
        var inner = Mark(3, text, "Minister", "topic", "value-topic-9", "Topic");

        var html = ArticleMarkup.Render(text, [role, name, inner]).Html;

        AssertWellFormed(html);
        var document = Parse(html);
        Assert.Equal("Prime Minister Dritan", Joined(document, 1));
        Assert.Equal("Dritan Abazović", Joined(document, 2));
        Assert.Equal("Minister", Joined(document, 3));
        foreach (var id in new[] { 1, 2, 3 })
        {
            Assert.Single(document.QuerySelectorAll($"#span-{id}"));
        }

        // Where both cover the words, the marks nest and the words link to the innermost value only.
        var shared = document.QuerySelectorAll("mark[data-span='2']").Single(m => m.TextContent == "Dritan");
        Assert.Equal("1", shared.ParentElement!.GetAttribute("data-span"));
        Assert.Equal("#value-participation-2-person", shared.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(document.QuerySelectorAll("a a"));
        Assert.Equal(text, document.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void A_span_crossing_bold_text_and_a_link_is_cut_at_their_edges_and_never_nests_links()
    {
        const string text = "Secretary General **Jens** Stoltenberg met [Milo Đukanović](https://www.nato.int/cps/en/natohq/news.htm) in Brussels.";
        var start = text.IndexOf("Jens", StringComparison.Ordinal);
        var person = new TextMark(1, start, text.IndexOf(" met", StringComparison.Ordinal) - start, "person", "value-participation-1-person", "Name");
        var linkStart = text.IndexOf("Đukanović", StringComparison.Ordinal);
        var place = new TextMark(2, linkStart, text.LastIndexOf('.') - linkStart, "city", "value-meeting-city", "Place");

        var html = ArticleMarkup.Render(text, [person, place]).Html;

        AssertWellFormed(html);
        var document = Parse(html);
        Assert.Equal("Jens", document.QuerySelector("strong")!.TextContent);
        Assert.Equal("span-1", document.QuerySelector("strong mark")!.Id);
        Assert.Equal("Jens Stoltenberg", Joined(document, 1));
        Assert.Equal("Đukanović in Brussels", Joined(document, 2));

        var articleLink = document.QuerySelector("a[href^='https://']")!;
        Assert.Equal("Milo Đukanović", articleLink.TextContent);
        Assert.Equal("nofollow noopener noreferrer", articleLink.GetAttribute("rel"));
        Assert.NotNull(articleLink.QuerySelector("mark#span-2"));
        Assert.Empty(document.QuerySelectorAll("a a"));

        // Outside the article's link the mark links to its value again.
        Assert.Equal("#value-meeting-city", document.QuerySelectorAll("mark[data-span='2'] > a").Single().GetAttribute("href"));
    }

    [Fact]
    public void Script_and_raw_html_in_the_article_are_shown_as_text()
    {
        const string text = "Rutte met Vučić.<script>alert('x')</script>\n"
            + "<img src=x onerror=alert(1)> and <b onclick=\"alert(2)\">bold</b>\n"
            + "<div>\n<iframe src=\"https://evil.example\"></iframe>\n</div>\n"
            + "[click](javascript:alert(3)) ![pixel](https://evil.example/t.png) <javascript:alert(4)> [ok](https://www.nato.int/)";
        var meeting = Mark(1, text, "<script>", "date", "value-meeting-date", "Date");

        var document = RenderArticle(text, meeting);

        var article = document.Find(".article-text");
        Assert.Empty(article.QuerySelectorAll("script, img, iframe, b, div"));
        Assert.DoesNotContain(article.Descendants<IElement>(), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.All(article.QuerySelectorAll("a[href]"), a => Assert.Matches("^(#|https://www\\.nato\\.int/)", a.GetAttribute("href")!));
        Assert.Contains("<script>alert('x')</script>", article.TextContent, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)>", article.TextContent, StringComparison.Ordinal);
        Assert.Contains("<iframe src=\"https://evil.example\"></iframe>", article.TextContent, StringComparison.Ordinal);
        Assert.Contains("click", article.TextContent, StringComparison.Ordinal);
        Assert.Contains("pixel", article.TextContent, StringComparison.Ordinal);
        Assert.Equal("<script>", article.QuerySelector("mark#span-1")!.TextContent);
    }

    [Fact]
    public void Headings_lists_and_tables_survive_with_marks_inside_them_and_whole_tables_framed()
    {
        const string text = "NATO and Montenegro Discuss Security\n"
            + "The Secretary General met the Prime Minister in Podgorica.\n"
            + "Key Outcomes\n"
            + "The leaders agreed on the following points.\n"
            + "- Cybersecurity: Addressing threats to national infrastructure.\n"
            + "- Terrorism prevention: Coordinating efforts.\n"
            + "Initiative | Objective | Timeline |\n"
            + "---|---|---|\n"
            + "Joint Training Exercises | Improve readiness | 2025 |\n"
            + "Progress in numbers, as the ministry reported it.\n"
            + "| Metric | 2022 | 2023 |\n"
            + "|---|---|---|\n"
            + "| Exercises | 3 | 5 |\n"
            + "# A heading the article marked itself\n"
            + "    Indented text stays a paragraph.";
        var initiative = Mark(4, text, "Joint Training Exercises", "initiative", "value-initiative-3", "Initiative");
        var cyber = Mark(5, text, "Cybersecurity", "topic", "value-topic-7", "Topic");
        var tableStart = text.IndexOf("| Metric", StringComparison.Ordinal);
        var table = new TextMark(6, tableStart, text.IndexOf("# A heading", StringComparison.Ordinal) - 1 - tableStart, "table", "value-table-2", "Table 1", Block: true);

        var document = RenderArticle(text, initiative, cyber, table);

        var article = document.Find(".article-text");
        Assert.Equal("NATO and Montenegro Discuss Security", article.QuerySelector("h4")!.TextContent);
        Assert.Equal(["Key Outcomes"], article.QuerySelectorAll("h5").Select(h => h.TextContent));
        Assert.Equal("A heading the article marked itself", article.QuerySelectorAll("h4")[1].TextContent);
        Assert.Empty(article.QuerySelectorAll("h1, h2, h3, pre, code"));
        Assert.Equal(2, article.QuerySelectorAll("ul li").Length);
        Assert.Equal("Cybersecurity", article.QuerySelector("ul li mark#span-5")!.TextContent);

        var tables = article.QuerySelectorAll("table");
        Assert.Equal(2, tables.Length);
        Assert.Equal(["Initiative", "Objective", "Timeline"], tables[0].QuerySelectorAll("th").Select(th => th.TextContent));
        Assert.Equal("Joint Training Exercises", tables[0].QuerySelector("td mark#span-4")!.TextContent);
        var frame = article.QuerySelector("figure#span-6")!;
        Assert.Same(tables[1], frame.QuerySelector("table"));
        Assert.Equal("#value-table-2", frame.QuerySelector("figcaption a")!.GetAttribute("href"));
        Assert.Empty(tables[1].QuerySelectorAll("mark"));
        var paragraphs = article.QuerySelectorAll("p");
        Assert.Equal("Indented text stays a paragraph.", paragraphs[paragraphs.Length - 1].TextContent);
    }

    [Fact]
    public void A_span_over_words_the_formatting_hides_is_still_listed_under_its_id()
    {
        const string text = "Initiative | Objective |\n---|---|\nJoint Exercises | Readiness |";
        var rule = Mark(9, text, "---|---|", "table", "value-table-1", "Table");

        var document = RenderArticle(text, rule);

        var mark = document.Find(".unplaced mark#span-9");
        Assert.Equal("---|---|", mark.TextContent);
        Assert.Equal("#value-table-1", mark.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_heading_after_a_paragraph_does_not_skip_a_level_below_the_pages_own()
    {
        const string text = "Brussels, 3 March 2025 - the Secretary General met the President.\nKey Outcomes\nThe leaders agreed on the points below.";

        var rendered = RenderArticle(text);

        Assert.Equal(["H4"], rendered.FindAll("h4, h5, h6").Select(h => h.TagName));
        Assert.Equal("Key Outcomes", rendered.Find("h4").TextContent);
    }

    [Fact]
    public void Markdown_nested_too_deeply_to_render_is_shown_as_plain_text_with_a_notice_and_its_marks()
    {
        var hostile = string.Concat(Enumerable.Repeat("*[", 320));
        var text = "Rutte met Vučić in Brussels.\n" + hostile + "\nThe talks went on.";
        var person = Mark(3, text, "Vučić", "person", "value-participation-1-person", "Name");

        var rendered = RenderArticle(text, person);

        Assert.Equal(SourceArticle.PlainTextNotice, rendered.Find(".notice").TextContent);
        var paragraphs = rendered.FindAll(".article-text p");
        Assert.Equal(["Rutte met Vučić in Brussels.", hostile, "The talks went on."], paragraphs.Select(p => p.TextContent));
        Assert.Equal("#value-participation-1-person", rendered.Find("mark#span-3 a").GetAttribute("href"));
    }

    private static TextMark Mark(int id, string text, string words, string kind, string valueId, string label) =>
        new(id, text.IndexOf(words, StringComparison.Ordinal), words.Length, kind, valueId, label);

    private IRenderedComponent<SourceArticle> RenderArticle(string text, params TextMark[] marks) =>
        Render<SourceArticle>(p => p
            .Add(c => c.Text, text)
            .Add(c => c.Marks, marks));

    private static IHtmlDocument Parse(string html) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

    /// <summary>The words of every piece of one span, in order.</summary>
    private static string Joined(IHtmlDocument document, int spanId) =>
        string.Concat(document.QuerySelectorAll($"mark[data-span='{spanId}']")
            .Where(m => m.QuerySelector($"mark[data-span='{spanId}']") is null)
            .Select(m => m.TextContent));

    /// <summary>Fails unless every element closes where it opened: an HTML parser would silently repair that.</summary>
    private static void AssertWellFormed(string html) => XElement.Parse("<root>" + html.Replace("&nbsp;", "&#160;", StringComparison.Ordinal) + "</root>");
}
