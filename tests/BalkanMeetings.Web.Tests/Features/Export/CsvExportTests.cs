using System.Text.Json;
using System.Text.RegularExpressions;
using BalkanMeetings.Web.Features.Export;

namespace BalkanMeetings.Web.Tests.Features.Export;

public abstract partial class CsvExportTests(AppFactory factory)
{
    [SkippableFact]
    public async Task Csv_is_a_utf8_attachment_with_a_byte_order_mark_and_the_documented_header()
    {
        using var client = factory.CreateClient();

        var csv = await CsvFile.GetAsync(client, "/export/meetings.csv");

        Assert.Equal([0xEF, 0xBB, 0xBF], csv.Bytes.Take(3));
        Assert.Equal("text/csv; charset=utf-8", csv.ContentType);
        Assert.Equal("attachment", csv.Disposition!.DispositionType);
        Assert.Matches(FileName(), csv.Disposition.FileName!);
        Assert.Equal(MeetingCsv.Columns, csv.Header);
        Assert.StartsWith("\uFEFF" + string.Join(',', MeetingCsv.Columns) + "\r\n", csv.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Every_meeting_is_one_row_whatever_page_and_size_say()
    {
        using var client = factory.CreateClient();

        var csv = await CsvFile.GetAsync(client, "/export/meetings.csv?size=1&page=3");

        Assert.Equal(6, csv.Rows.Count);
        Assert.All(csv.Rows, row => Assert.Equal(MeetingCsv.Columns.Count, row.Length));
        Assert.Equal(6, csv.Rows.Select(r => csv.Cell(r, "id")).Distinct().Count());
    }

    [SkippableFact]
    public async Task Country_filter_gives_one_row_per_matching_meeting_with_names_intact_and_absolute_permalinks()
    {
        using var client = factory.CreateClient();

        var csv = await CsvFile.GetAsync(client, "/export/meetings.csv?country=BA");

        Assert.Equal(3, csv.Rows.Count);
        Assert.All(csv.Rows, row => Assert.Equal("BA", csv.Cell(row, "country_codes")));
        Assert.All(csv.Rows, row => Assert.Equal("http://localhost/meetings/" + csv.Cell(row, "id"), csv.Cell(row, "url")));
        var komsic = csv.RowOf("title", "Jens Stoltenberg meets Željko Komšić");
        Assert.Equal("Jens Stoltenberg | Željko Komšić", csv.Cell(komsic, "participants"));
        Assert.Equal("Secretary General of NATO | Chair of the Presidency of Bosnia and Herzegovina", csv.Cell(komsic, "participant_roles"));
        Assert.Equal("extracted | extracted", csv.Cell(komsic, "participant_origins"));
        Assert.Equal(("2024-12-18", "day", "extracted"), (csv.Cell(komsic, "date"), csv.Cell(komsic, "date_precision"), csv.Cell(komsic, "date_origin")));
        Assert.Contains("Joint Military Exercises", csv.Cell(komsic, "initiatives").Split(MeetingCsv.Separator));
        Assert.Equal("Press Release: NATO Secretary General Meets Chair of the Presidency of Bosnia and Herzegovina", csv.Cell(komsic, "source_titles"));
        Assert.Contains("Željko Komšić", csv.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Origin_columns_say_what_the_importer_inferred_for_the_planned_sarajevo_visit()
    {
        using var client = factory.CreateClient();

        var csv = await CsvFile.GetAsync(client, "/export/meetings.csv?country=BA&status=planned");

        var visit = Assert.Single(csv.Rows);
        Assert.Equal("NATO Secretary General in Sarajevo", csv.Cell(visit, "title"));
        Assert.Equal(("visit", "planned", "Sarajevo"), (csv.Cell(visit, "kind"), csv.Cell(visit, "status"), csv.Cell(visit, "city")));
        Assert.Equal("Secretary General of NATO", csv.Cell(visit, "participants"));
        Assert.Equal("inferred", csv.Cell(visit, "participant_origins"));
        Assert.Equal(("", "unknown", "inferred"), (csv.Cell(visit, "date"), csv.Cell(visit, "date_precision"), csv.Cell(visit, "date_origin")));
        Assert.NotEqual("0", csv.Cell(visit, "open_flags"));
    }

    [SkippableFact]
    public async Task A_filter_that_matches_nothing_gives_the_header_alone()
    {
        using var client = factory.CreateClient();

        var csv = await CsvFile.GetAsync(client, "/export/meetings.csv?country=BA&country=ME");

        Assert.Equal(MeetingCsv.Columns, Assert.Single(csv.Records));
    }

    [SkippableFact]
    public async Task Values_that_cannot_be_used_are_ignored_and_the_rest_of_the_filter_applies()
    {
        using var client = factory.CreateClient();

        var held = await CsvFile.GetAsync(client, "/export/meetings.csv?page=-5&size=0&from=2024-13-45&country=ZZ&person=999999&status=held");
        var longWords = await CsvFile.GetAsync(client, "/export/meetings.csv?q=" + new string('x', 10_000));

        Assert.Equal(5, held.Rows.Count);
        Assert.Equal(MeetingCsv.Columns, Assert.Single(longWords.Records));
    }

    [SkippableFact]
    public async Task Rows_come_in_the_order_the_sort_asks_for_as_the_api_lists_them()
    {
        using var client = factory.CreateClient();

        var csv = await CsvFile.GetAsync(client, "/export/meetings.csv?sort=oldest");
        using var api = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/meetings?sort=oldest", UriKind.Relative)));

        var listed = api.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(listed, csv.Rows.Select(r => csv.Cell(r, "id")));
        Assert.Equal("2021-05", csv.Cell(csv.Rows[0], "date"));
    }

    [GeneratedRegex(@"^balkanmeetings-meetings-\d{4}-\d{2}-\d{2}\.csv$")]
    private static partial Regex FileName();
}

public sealed class SqliteCsvExportTests(SeededApp seeded) : CsvExportTests(seeded.App), IClassFixture<SeededApp>;

[Trait("Category", "PostgreSQL")]
public sealed class PostgresCsvExportTests(PostgresSeededApp seeded) : CsvExportTests(seeded.App), IClassFixture<PostgresSeededApp>;
