using System.Text.Json;

namespace BalkanMeetings.Web.Tests.Features.Meetings;

/// <summary>
/// Source details an article gives of itself (docs/import.md#source-details): seed 001 opens with its outlet's
/// masthead, "European Western Balkans", above the headline.
/// </summary>
public abstract class SourceDetailsTests(AppFactory factory)
{
    private const string Headline = "Đukanović discusses NATO’s cooperation with Montenegro and the region with Stoltenberg";

    [SkippableFact]
    public async Task The_outlet_read_from_the_masthead_is_the_publisher_and_the_headline_is_the_title_everywhere()
    {
        using var client = factory.CreateClient();
        using var api = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/meetings?official=Đukanović", UriKind.Relative)));
        var meeting = api.RootElement.GetProperty("items").EnumerateArray()
            .Single(m => m.GetProperty("sources").EnumerateArray().Any(s => s.GetProperty("title").GetString() == Headline));
        var source = meeting.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("title").GetString() == Headline);

        var page = await factory.GetPageAsync($"/meetings/{meeting.GetProperty("id").GetInt32()}");

        Assert.Equal("European Western Balkans", source.GetProperty("publisher").GetString());
        var cite = page.QuerySelectorAll(".cite").Single(c => c.TextContent.Contains(Headline, StringComparison.Ordinal));
        var details = cite.QuerySelectorAll("dt").Zip(cite.QuerySelectorAll("dd"), (dt, dd) => (dt.TextContent, dd.TextContent.Trim())).ToDictionary();
        Assert.Equal(Headline, details["Title"]);
        Assert.Equal("European Western Balkans", details["Publisher"]);
    }
}

public sealed class SqliteSourceDetailsTests(SeededApp seeded) : SourceDetailsTests(seeded.App), IClassFixture<SeededApp>;

[Trait("Category", "PostgreSQL")]
public sealed class PostgresSourceDetailsTests(PostgresSeededApp seeded) : SourceDetailsTests(seeded.App), IClassFixture<PostgresSeededApp>;
