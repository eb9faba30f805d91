using System.Globalization;
using System.Text;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Web.Features.Export;
using CsvHelper;

namespace BalkanMeetings.Web.Tests.Features.Export;

public sealed class MeetingCsvTests
{
    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+381 11", "'+381 11")]
    [InlineData("-", "'-")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Sarajevo", "Sarajevo")]
    [InlineData("a=b", "a=b")]
    public async Task Cells_that_a_spreadsheet_would_run_as_a_formula_start_with_an_apostrophe(string city, string written)
    {
        var text = await WriteAsync(Row() with { City = city });

        Assert.Equal(written, Read(text)[1][Column("city")]);
    }

    [Fact]
    public async Task Lists_stay_aligned_when_a_value_is_missing_or_holds_a_pipe()
    {
        var row = Row() with
        {
            Sources =
            [
                new SourceRef(1, "Left | Right", "Publisher", "Ana Petrović", "https://a.example/1", new DateOnly(2024, 5, 1), "en"),
                new SourceRef(2, "Second", null, null, null, null, null),
            ],
        };

        var record = Read(await WriteAsync(row))[1];

        Assert.Equal("Left ¦ Right | Second", record[Column("source_titles")]);
        Assert.Equal("https://a.example/1 | ", record[Column("source_urls")]);
        Assert.Equal("Publisher | ", record[Column("publishers")]);
        Assert.Equal("2024-05-01 | ", record[Column("published_dates")]);
    }

    [Fact]
    public async Task Line_breaks_and_quotes_in_values_are_quoted_and_rows_end_with_crlf()
    {
        var text = await WriteAsync(Row() with { Title = "Two\nlines, \"quoted\"" });

        Assert.Equal("Two\nlines, \"quoted\"", Read(text)[1][Column("title")]);
        Assert.Contains(",\"Two\nlines, \"\"quoted\"\"\",", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Dates_are_written_as_precisely_as_they_are_known()
    {
        var month = Read(await WriteAsync(Row() with { Date = new DateOnly(2021, 5, 1), DatePrecision = DatePrecision.Month, DateOrigin = ValueOrigin.Edited }))[1];
        var year = Read(await WriteAsync(Row() with { Date = new DateOnly(2019, 1, 1), DatePrecision = DatePrecision.Year }))[1];

        Assert.Equal(("2021-05", "month", "corrected"), (month[Column("date")], month[Column("date_precision")], month[Column("date_origin")]));
        Assert.Equal(("2019", "year"), (year[Column("date")], year[Column("date_precision")]));
    }

    private static int Column(string name) => MeetingCsv.Columns.ToList().IndexOf(name);

    private static MeetingRow Row() => new(
        7, "Title", new DateOnly(2024, 12, 16), DatePrecision.Day, ValueOrigin.Stated, "Brussels", MeetingKind.Meeting, MeetingStatus.Held,
        [new CountryRef("ME", "Montenegro")],
        [new ParticipantRef(1, "Jens Stoltenberg", "Secretary General", "NATO", ValueOrigin.Stated)],
        ["defence reform"],
        [new SourceRef(1, "Article", null, null, null, null, null)],
        0);

    private static async Task<string> WriteAsync(MeetingRow row)
    {
        using var output = new MemoryStream();
        var count = await MeetingCsv.WriteAsync(output, new[] { row }.ToAsyncEnumerable(), id => "https://site.example/meetings/" + id, 1, CancellationToken.None);
        Assert.Equal(1, count);
        return Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF');
    }

    private static List<string[]> Read(string text)
    {
        using var reader = new StringReader(text);
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        var records = new List<string[]>();
        while (csv.Read())
        {
            records.Add(csv.Record!);
        }

        return records;
    }
}
