using System.Net;
using System.Text.Json;

namespace BalkanMeetings.Web.Tests.Features.Search;

/// <summary>A search past the cap on its cost is not run, and the search page, the list, the API and the exports say why (docs/search.md).</summary>
public abstract class SearchCapTests(AppFactory factory)
{
    private const string Costly = "n*+s*+t*+a*+b*+c*";
    private const string Reason = "was not searched: it may end at most 3 words with *";

    [SkippableFact]
    public async Task The_search_page_shows_the_reason_and_no_hits()
    {
        var page = await factory.GetPageAsync("/search?q=" + Costly);

        Assert.Contains(Reason, page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("ol.hits > li"));
    }

    [SkippableFact]
    public async Task The_list_shows_the_reason_and_no_meetings_rather_than_all_of_them()
    {
        var page = await factory.GetPageAsync("/?country=ME&q=" + Costly);

        Assert.Contains(Reason, page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("0 meetings", page.QuerySelector("#result-count")!.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_api_lists_the_reason_among_what_it_ignored_and_matches_nothing()
    {
        using var client = factory.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/meetings?q=" + Costly, UriKind.Relative)));

        Assert.Equal(0, json.RootElement.GetProperty("total").GetInt32());
        Assert.Contains(json.RootElement.GetProperty("ignored").EnumerateArray(), m => m.GetString()!.Contains(Reason, StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData("/export/meetings.csv")]
    [InlineData("/export/meetings.json")]
    public async Task An_export_answers_400_with_the_reason(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path + "?q=" + Costly, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class SqliteSearchCapTests(SeededApp seeded) : SearchCapTests(seeded.App), IClassFixture<SeededApp>;

[Trait("Category", "PostgreSQL")]
public sealed class PostgresSearchCapTests(PostgresSeededApp seeded) : SearchCapTests(seeded.App), IClassFixture<PostgresSeededApp>;
