using System.Globalization;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Web.Components;

namespace BalkanMeetings.Web.Features.Export;

/// <summary>
/// The meetings a filter leaves as an iCalendar (RFC 5545) to subscribe to (docs/api.md#calendar): one all-day event
/// per meeting known to the day, one month-long event per meeting known to the month.
/// </summary>
public static class MeetingCalendar
{
    /// <summary>How often a calendar client is asked to fetch the calendar again (RFC 7986, 5.7).</summary>
    private const string RefreshInterval = "PT6H";

    private const string Description =
        "Meetings between NATO and the Western Balkans, extracted from news articles. Meetings known only to the year, or not dated, are left out.";

    /// <summary>Writes the calendar, flushing every <paramref name="flushEvery"/> events; returns the event count.</summary>
    /// <param name="output">Where the calendar goes.</param>
    /// <param name="name">The filter in words, which calendar apps show as the calendar's name.</param>
    /// <param name="uidDomain">The site's host: events' ids are <c>meeting-{id}@{host}</c>, as stable as the meeting's number.</param>
    /// <param name="rows">The meetings, as the filter gives them.</param>
    /// <param name="permalink">The meeting page of a meeting id.</param>
    /// <param name="now">When the calendar is made, its DTSTAMP (RFC 5545, 3.8.7.2: with a METHOD, the object's creation).</param>
    /// <param name="flushEvery">Events written between flushes.</param>
    /// <param name="cancellationToken">Ends the writing when the request is aborted.</param>
    public static async Task<int> WriteAsync(
        Stream output, string name, string uidDomain, IAsyncEnumerable<MeetingRow> rows, Func<int, string> permalink, DateTimeOffset now,
        int flushEvery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(permalink);
        await using var calendar = new CalendarWriter(output);
        calendar.Begin("VCALENDAR");
        calendar.Property("VERSION", "2.0");
        calendar.Property("PRODID", "-//BalkanMeetings//Meetings calendar//EN");
        calendar.Property("CALSCALE", "GREGORIAN");
        calendar.Property("METHOD", "PUBLISH");
        calendar.Text("X-WR-CALNAME", "BalkanMeetings: " + name);
        calendar.Text("X-WR-CALDESC", Description);
        calendar.Property("REFRESH-INTERVAL;VALUE=DURATION", RefreshInterval);
        calendar.Property("X-PUBLISHED-TTL", RefreshInterval);

        var stamp = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (Days(row.Date, row.DatePrecision) is not { } days)
            {
                continue;
            }

            var url = permalink(row.Id);
            calendar.Begin("VEVENT");
            calendar.Property("UID", string.Create(CultureInfo.InvariantCulture, $"meeting-{row.Id}@{uidDomain}"));
            calendar.Property("DTSTAMP", stamp);
            calendar.Property("DTSTART;VALUE=DATE", Date(days.Start));
            calendar.Property("DTEND;VALUE=DATE", Date(days.End));
            calendar.Text("SUMMARY", row.Title);
            if (Place(row) is { } place)
            {
                calendar.Text("LOCATION", place);
            }

            calendar.Text("DESCRIPTION", Details(row, url));
            calendar.Property("URL", url);
            calendar.Property("STATUS", Status(row.Status));

            // Other people's meetings: shown, but never making the subscriber look busy.
            calendar.Property("TRANSP", "TRANSPARENT");
            calendar.End("VEVENT");
            if (++count % flushEvery == 0)
            {
                await calendar.FlushAsync();
            }
        }

        calendar.End("VCALENDAR");
        await calendar.FlushAsync();
        return count;
    }

    /// <summary>
    /// The days an event covers, the end excluded: the day, or the whole month when only the month is known. A year is
    /// too long to show as one event and would fill a calendar's every day, so a meeting known to the year, like an
    /// undated one, has none.
    /// </summary>
    public static (DateOnly Start, DateOnly End)? Days(DateOnly? date, DatePrecision precision)
    {
        if (date is not { } known)
        {
            return null;
        }

        var month = new DateOnly(known.Year, known.Month, 1);
        return precision switch
        {
            DatePrecision.Day => (known, known.AddDays(1)),
            DatePrecision.Month => (month, month.AddMonths(1)),
            _ => null,
        };
    }

    /// <summary>Where, as precisely as known: "NATO Headquarters, Brussels"; null when the articles say nothing.</summary>
    private static string? Place(MeetingRow row)
    {
        // Countries are who took part, not where: a Serbian president may meet NATO in Brussels.
        var place = string.Join(", ", new[] { row.Venue, row.City }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return place.Length == 0 ? null : place;
    }

    /// <summary>Who, which countries, how sure the date and status are, and where to read more: one item a line.</summary>
    private static string Details(MeetingRow row, string url)
    {
        var lines = new List<string>();
        if (MeetingFeed.Participants(row) is { Length: > 0 } people)
        {
            lines.Add("Participants: " + people);
        }

        if (row.Countries.Count > 0)
        {
            lines.Add("Countries: " + string.Join(", ", row.Countries.Select(c => c.Name)));
        }

        if (row.DatePrecision == DatePrecision.Month)
        {
            lines.Add($"Date: {Display.Date(row.Date, row.DatePrecision)} (the day is not known)");
        }

        lines.Add("Status: " + Api.ValueWords.Status(row.Status));
        lines.Add("Record and sources: " + url);
        return string.Join('\n', lines);
    }

    /// <summary>A held meeting took place; a planned one was announced and may still move or be called off.</summary>
    private static string Status(MeetingStatus status) => status == MeetingStatus.Planned ? "TENTATIVE" : "CONFIRMED";

    private static string Date(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
