using System.Net;
using System.Text.Json;

namespace BalkanMeetings.Web.Tests.Features.Export;

public abstract class JsonExportTests(AppFactory factory)
{
    [SkippableFact]
    public async Task Json_export_is_an_attachment_holding_every_match_as_the_csv_does()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/export/meetings.json?country=BA&size=1", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        var csv = await CsvFile.GetAsync(client, "/export/meetings.csv?country=BA");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.EndsWith(".json", response.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(csv.Rows.Select(r => csv.Cell(r, "id")), items.Select(i => i.GetProperty("id").GetRawText()));

        // Names keep their letters rather than \u escapes.
        Assert.Contains("\"Željko Komšić\"", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Meeting_objects_use_the_documented_words_for_origins_and_dates()
    {
        using var client = factory.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/export/meetings.json?status=planned", UriKind.Relative)));

        var visit = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(JsonValueKind.Null, visit.GetProperty("date").ValueKind);
        Assert.Equal("unknown", visit.GetProperty("datePrecision").GetString());
        Assert.Equal("planned", visit.GetProperty("status").GetString());
        Assert.Equal("visit", visit.GetProperty("kind").GetString());
        var participant = Assert.Single(visit.GetProperty("participants").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, participant.GetProperty("name").ValueKind);
        Assert.Equal("Secretary General of NATO", participant.GetProperty("office").GetString());
        Assert.Equal("inferred", participant.GetProperty("nameOrigin").GetString());
    }

    [SkippableFact]
    public async Task A_filter_that_matches_nothing_gives_an_empty_array()
    {
        using var client = factory.CreateClient();

        var text = await client.GetStringAsync(new Uri("/export/meetings.json?country=BA&country=ME", UriKind.Relative));

        Assert.Equal("[]", text);
    }
}

public sealed class SqliteJsonExportTests(SeededApp seeded) : JsonExportTests(seeded.App), IClassFixture<SeededApp>;

[Trait("Category", "PostgreSQL")]
public sealed class PostgresJsonExportTests(PostgresSeededApp seeded) : JsonExportTests(seeded.App), IClassFixture<PostgresSeededApp>;
