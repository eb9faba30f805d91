using System.Text.Json;

namespace BalkanMeetings.Web.Tests.Features.Export;

/// <summary>Meeting 2 of the seeds took place at NATO Headquarters in Brussels; meeting 1 names no venue.</summary>
public sealed class VenueTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_csv_gives_the_venue_in_a_column_added_after_the_source_columns()
    {
        using var client = app.CreateClient();

        var csv = await CsvFile.GetAsync(client, "/export/meetings.csv");

        Assert.Equal(Array.IndexOf(csv.Header, "published_dates") + 1, Array.IndexOf(csv.Header, "venue"));
        Assert.Equal("NATO Headquarters", csv.Cell(csv.RowOf("id", "2"), "venue"));
        Assert.Equal("", csv.Cell(csv.RowOf("id", "1"), "venue"));
    }

    [Theory]
    [InlineData("/api/meetings/2")]
    [InlineData("/api/meetings?size=50")]
    [InlineData("/export/meetings.json")]
    public async Task The_json_export_and_the_api_give_the_venue(string url)
    {
        using var client = app.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative)));

        var root = json.RootElement;
        var items = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList()
            : root.TryGetProperty("items", out var list) ? list.EnumerateArray().ToList() : [root];
        Assert.Equal("NATO Headquarters", items.Single(i => i.GetProperty("id").GetInt32() == 2).GetProperty("venue").GetString());
        Assert.All(items.Where(i => i.GetProperty("id").GetInt32() == 1), i => Assert.Equal(JsonValueKind.Null, i.GetProperty("venue").ValueKind));
    }
}
