using BalkanMeetings.Core.Browse;
using BalkanMeetings.Web.Features.Meetings;
using Bunit;

namespace BalkanMeetings.Web.Tests.Features.Meetings;

public sealed class CiteBlockTests : BunitContext
{
    private const string Permalink = "https://balkanmeetings.example/meetings/13";

    [Fact]
    public void Citation_line_has_title_publisher_date_source_and_record()
    {
        var article = Article("https://example.org/news/2021/05/17/vucic-stoltenberg");

        var document = RenderCite(article);

        Assert.Equal(
            "“Vučić and Stoltenberg Hold Talks”, Balkan Wire Service, 17 May 2021. https://example.org/news/2021/05/17/vucic-stoltenberg. Record: https://balkanmeetings.example/meetings/13.",
            document.Find(".citation").TextContent);
        Assert.Equal("2021-05-17", document.Find("time").GetAttribute("datetime"));
        var links = document.FindAll("a.url");
        Assert.Equal(["https://example.org/news/2021/05/17/vucic-stoltenberg", Permalink], links.Select(a => a.GetAttribute("href")));
        Assert.Equal("nofollow noopener noreferrer", links[0].GetAttribute("rel"));
    }

    [Fact]
    public void A_source_address_that_is_not_a_web_address_is_shown_but_never_linked()
    {
        var document = RenderCite(Article("javascript:alert(1)"));

        Assert.Equal([Permalink], document.FindAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("javascript:alert(1)", document.Find("span.url").TextContent);
    }

    [Fact]
    public void The_byline_leads_the_citation_and_the_language_is_shown_marked_as_that_language()
    {
        var document = RenderCite(Article("https://example.org/a") with { Byline = "Ana Petrović", Language = "sr-Latn" });

        Assert.StartsWith("Ana Petrović, “Vučić and Stoltenberg Hold Talks”, Balkan Wire Service,", document.Find(".citation").TextContent, StringComparison.Ordinal);
        var terms = document.FindAll("dt").Select(dt => dt.TextContent).ToList();
        Assert.Equal("Ana Petrović", document.FindAll("dd")[terms.IndexOf("Byline")].TextContent);
        Assert.Equal("sr-Latn", document.FindAll("dd")[terms.IndexOf("Language")].GetAttribute("lang"));
    }

    [Fact]
    public void Unknown_details_are_said_plainly_and_no_language_row_is_shown()
    {
        var document = RenderCite(Article("") with { Publisher = null, SourceUrl = null });

        var terms = document.FindAll("dt").Select(dt => dt.TextContent).ToList();
        var details = document.FindAll("dd").Select(dd => dd.TextContent.Trim()).ToList();
        Assert.Equal("Not known", details[terms.IndexOf("Byline")]);
        Assert.Equal("Not known", details[terms.IndexOf("Publisher")]);
        Assert.Equal("Source file vucic.txt, no address recorded", details[terms.IndexOf("Source")]);
        Assert.DoesNotContain("Language", terms);
    }

    private static SourceArticleDetails Article(string url) => new(
        16, "vucic.txt", "Vučić and Stoltenberg Hold Talks", "Balkan Wire Service", Byline: null, url, new DateOnly(2021, 5, 17), Language: null,
        new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), EncodingRepaired: false, "Text.", []);

    private IRenderedComponent<CiteBlock> RenderCite(SourceArticleDetails article) =>
        Render<CiteBlock>(p => p
            .Add(c => c.Article, article)
            .Add(c => c.Permalink, Permalink));
}
