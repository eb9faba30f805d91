using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace BalkanMeetings.Web.Tests.Features.Export;

/// <summary>A downloaded CSV: its raw bytes and its records read back by a CSV parser, header first.</summary>
internal sealed record CsvFile(byte[] Bytes, IReadOnlyList<string[]> Records, string? ContentType, ContentDispositionHeaderValue? Disposition)
{
    public string[] Header => Records[0];

    public IReadOnlyList<string[]> Rows => Records.Skip(1).ToList();

    public string Text => Encoding.UTF8.GetString(Bytes);

    /// <summary>The value of a column of a row, by the column's name.</summary>
    public string Cell(string[] row, string column) => row[Array.IndexOf(Header, column)];

    public string[] RowOf(string column, string value) => Rows.Single(r => Cell(r, column) == value);

    public static async Task<CsvFile> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        var records = new List<string[]>();
        while (await csv.ReadAsync())
        {
            records.Add(csv.Record!);
        }

        return new CsvFile(bytes, records, response.Content.Headers.ContentType?.ToString(), response.Content.Headers.ContentDisposition);
    }
}
