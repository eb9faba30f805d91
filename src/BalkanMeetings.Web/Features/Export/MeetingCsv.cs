using System.Globalization;
using System.Text;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import;
using BalkanMeetings.Web.Features.Api;
using CsvHelper;
using CsvHelper.Configuration;

namespace BalkanMeetings.Web.Features.Export;

/// <summary>
/// The meetings CSV: one row per meeting, columns fixed and documented in docs/api.md (their names and order are a
/// promise to whoever scripts against them; new columns only ever go at the end).
/// </summary>
public static class MeetingCsv
{
    /// <summary>Between the values of one cell (countries, participants, sources …).</summary>
    public const string Separator = " | ";

    /// <summary>What a value's own <c>|</c> becomes, so the parallel lists (participants and their roles) stay aligned.</summary>
    public const char PipeInValue = '¦';

    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "url", "date", "date_precision", "date_origin", "title", "kind", "status", "city",
        "country_codes", "countries", "participants", "participant_roles", "participant_origins", "topics", "initiatives",
        "open_flags", "source_urls", "source_titles", "publishers", "published_dates", "venue", "bylines",
    ];

    // UTF-8 with a byte order mark: without it Excel reads the file as the local code page and mangles "Đukanović".
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>
    /// CRLF line ends and quoting as RFC 4180 has them. Article text is untrusted, so a cell starting with
    /// <c>= + - @</c>, a tab or a carriage return gets a leading <c>'</c> and a spreadsheet shows it as text instead
    /// of running it as a formula.
    /// </summary>
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        InjectionOptions = InjectionOptions.Escape,
    };

    /// <summary>Writes the header and one row per meeting as they come, flushing every <paramref name="flushEvery"/> rows; returns the row count.</summary>
    public static async Task<int> WriteAsync(
        Stream output, IAsyncEnumerable<MeetingRow> rows, Func<int, string> permalink, int flushEvery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(permalink);
        await using var text = new StreamWriter(output, Utf8WithBom, bufferSize: 16 * 1024, leaveOpen: true);
        await using var csv = new CsvWriter(text, Configuration, leaveOpen: true);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }

        await csv.NextRecordAsync();
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            foreach (var field in Fields(row, permalink(row.Id)))
            {
                csv.WriteField(field);
            }

            await csv.NextRecordAsync();
            if (++count % flushEvery == 0)
            {
                await csv.FlushAsync();
            }
        }

        await csv.FlushAsync();
        return count;
    }

    /// <summary>The cells of one meeting, in the order of <see cref="Columns"/>.</summary>
    public static string[] Fields(MeetingRow row, string url)
    {
        ArgumentNullException.ThrowIfNull(row);
        return
        [
            row.Id.ToString(CultureInfo.InvariantCulture),
            url,
            PartialDate.Iso(row.Date, row.DatePrecision) ?? "",
            ValueWords.Precision(row.DatePrecision),
            ValueWords.Origin(row.DateOrigin),
            row.Title,
            ValueWords.Kind(row.Kind),
            ValueWords.Status(row.Status),
            row.City ?? "",
            Join(row.Countries.Select(c => c.Code)),
            Join(row.Countries.Select(c => c.Name)),
            Join(row.Participants.Select(p => p.Label)),
            Join(row.Participants.Select(p => p.Office)),
            Join(row.Participants.Select(p => ValueWords.Origin(p.NameOrigin))),
            Join(row.Topics),
            Join(row.Initiatives),
            row.OpenFlags.ToString(CultureInfo.InvariantCulture),
            Join(row.Sources.Select(s => WebAddress.OrNull(s.Url))),
            Join(row.Sources.Select(s => s.Title)),
            Join(row.Sources.Select(s => s.Publisher)),
            Join(row.Sources.Select(s => ValueWords.Day(s.PublishedOn))),
            row.Venue ?? "",
            Join(row.Sources.Select(s => s.Byline)),
        ];
    }

    /// <summary>Values of one cell; a missing value stays an empty place so lists of the same length line up.</summary>
    private static string Join(IEnumerable<string?> values) =>
        string.Join(Separator, values.Select(v => v?.Replace('|', PipeInValue) ?? ""));
}
