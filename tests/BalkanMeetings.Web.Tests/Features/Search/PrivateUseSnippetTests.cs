namespace BalkanMeetings.Web.Tests.Features.Search;

public sealed class PrivateUseSnippetTests
{
    [Fact]
    public async Task Private_use_characters_in_an_article_mark_nothing_in_its_search_snippet()
    {
        using var seeds = new ArticleSeeds(new Dictionary<string, string>
        {
            ["300_icons.txt"] = "NATO Secretary General Mark Rutte met Serbian President Aleksandar Vučić in Brussels on 3 March 2025.\n"
                + "The \uE000cyber\uE001 talks and \uE000 icon-font glyphs \uE001 followed; Rutte spoke of deterrence.\n",
        });
        await using var app = new AppFactory { Settings = new Dictionary<string, string?> { ["Seeds:Folder"] = seeds.Folder } };

        var page = await app.GetPageAsync("/search?q=deterrence");

        var snippet = page.QuerySelector(".hits li p.snippet")!;
        Assert.Equal(["deterrence"], snippet.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Contains("cyber", snippet.TextContent, StringComparison.Ordinal);
    }
}
