using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using BalkanMeetings.Web.Tests.Features.Export;

namespace BalkanMeetings.Web.Tests.Features.Meetings;

public abstract partial class OpenFlagCountTests(AppFactory app)
{
    [SkippableFact]
    public async Task Every_meeting_counts_the_same_open_flags_on_its_page_in_the_list_the_csv_and_the_api()
    {
        using var client = app.CreateClient();
        var csv = await CsvFile.GetAsync(client, "/export/meetings.csv");
        var list = await app.GetPageAsync("/");
        Assert.NotEmpty(csv.Rows);

        foreach (var row in csv.Rows)
        {
            var id = csv.Cell(row, "id");
            var fromCsv = int.Parse(csv.Cell(row, "open_flags"), CultureInfo.InvariantCulture);
            using var api = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/meetings/" + id, UriKind.Relative)));
            var page = await app.GetPageAsync("/meetings/" + id);
            var notice = page.QuerySelector(".notice.doubt")?.TextContent;
            var badge = list.QuerySelector($"a.title[href='/meetings/{id}']")!.ParentElement!.QuerySelector(".badge.flagged")?.TextContent;

            Assert.Equal(fromCsv, api.RootElement.GetProperty("openFlags").GetInt32());
            Assert.Equal(fromCsv, notice is null ? 0 : Leading(notice));
            Assert.Equal(fromCsv, badge is null ? 0 : Leading(badge));
        }
    }

    [SkippableFact]
    public async Task A_flag_about_a_whole_article_is_listed_on_the_meeting_page_apart_from_the_records_flags()
    {
        // Meeting 3's article had its encoding repaired: a flag about the article, not about a value of the meeting.
        var page = await app.GetPageAsync("/meetings/3");

        Assert.Contains("2 open review flags", page.QuerySelector(".notice.doubt")!.TextContent, StringComparison.Ordinal);
        var apart = page.QuerySelectorAll("#flags h3").Single(h => h.TextContent == "About its source articles");
        Assert.Equal("Garbled text repaired", apart.NextElementSibling!.NextElementSibling!.QuerySelector("li.flag strong")!.TextContent);
    }

    private static int Leading(string text) => int.Parse(Number().Match(text).Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();
}

public sealed class SqliteOpenFlagCountTests(SeededApp seeded) : OpenFlagCountTests(seeded.App), IClassFixture<SeededApp>;

[Trait("Category", "PostgreSQL")]
public sealed class PostgresOpenFlagCountTests(PostgresSeededApp seeded) : OpenFlagCountTests(seeded.App), IClassFixture<PostgresSeededApp>;
