using System.Net;
using AngleSharp.Html.Parser;
using BalkanMeetings.Web.Features.Meetings;

namespace BalkanMeetings.Web.Tests.Features.Meetings;

public sealed class UnrenderableArticleTests
{
    [Fact]
    public async Task A_meeting_whose_article_nests_formatting_beyond_markdigs_limit_still_shows_it_as_plain_text()
    {
        var hostile = string.Concat(Enumerable.Repeat("*[", 320));
        using var seeds = new ArticleSeeds(new Dictionary<string, string>
        {
            ["200_nested.txt"] = "NATO Secretary General Mark Rutte met Serbian President Aleksandar Vučić in Brussels on 3 March 2025 to discuss regional security.\n"
                + hostile + "\n",
        });
        await using var app = new AppFactory { Settings = new Dictionary<string, string?> { ["Seeds:Folder"] = seeds.Folder } };
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/meetings/1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(SourceArticle.PlainTextNotice, page.QuerySelector(".source .notice")!.TextContent);
        Assert.Contains(page.QuerySelectorAll(".article-text p"), p => p.TextContent == hostile);
    }
}
