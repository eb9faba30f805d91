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

    private static SourceArticleDetails Article(string url) => new(
        16, "vucic.txt", "Vučić and Stoltenberg Hold Talks", "Balkan Wire Service", url, new DateOnly(2021, 5, 17),
        new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), EncodingRepaired: false, "Text.", []);

    private IRenderedComponent<CiteBlock> RenderCite(SourceArticleDetails article) =>
        Render<CiteBlock>(p => p
            .Add(c => c.Article, article)
            .Add(c => c.Permalink, Permalink));
}
