using System.Net;
using System.Text;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Web.Features.Export;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BalkanMeetings.Web.Tests.Features.Export;

/// <summary>
/// The calendar as a calendar app reads it, parsed by Ical.Net. Of the seeds, meetings 3 and 1 are known to the day,
/// meeting 2 to the month (May 2021, at NATO Headquarters in Brussels), and 4, 5 and 6 not at all.
/// </summary>
public abstract class CalendarTests(DatabaseProvider provider)
{
    [SkippableFact]
    public async Task Every_seed_meeting_with_a_day_or_month_is_an_all_day_event_with_its_uid_people_place_and_page()
    {
        await using var app = await AppFactory.OnAsync(provider);

        var calendar = Calendar.Load(await GetCalendarAsync(app, ExportEndpoints.CalendarPath))!;

        Assert.Equal("BalkanMeetings: all meetings", calendar.Properties["X-WR-CALNAME"]!.Value);
        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Equal(["meeting-3@localhost", "meeting-1@localhost", "meeting-2@localhost"], calendar.Events.Select(e => e.Uid));

        var komsic = Event(calendar, 3);
        Assert.Equal("Jens Stoltenberg meets Željko Komšić", komsic.Summary);
        Assert.False(komsic.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2024, 12, 18), komsic.DtStart.Date);
        Assert.Equal(new DateOnly(2024, 12, 19), komsic.DtEnd!.Date);
        Assert.Contains("Participants: Jens Stoltenberg (Secretary General of NATO), Željko Komšić (Chair of the Presidency of Bosnia and Herzegovina)", komsic.Description, StringComparison.Ordinal);
        Assert.Contains("Countries: Bosnia and Herzegovina", komsic.Description, StringComparison.Ordinal);
        Assert.Null(komsic.Location);
        Assert.Equal(new Uri("http://localhost/meetings/3"), komsic.Url);
        Assert.Equal("CONFIRMED", komsic.Status);
        Assert.NotNull(komsic.DtStamp);

        var brussels = Event(calendar, 2);
        Assert.False(brussels.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2021, 5, 1), brussels.DtStart.Date);
        Assert.Equal(new DateOnly(2021, 6, 1), brussels.DtEnd!.Date);
        Assert.Equal("NATO Headquarters, Brussels", brussels.Location);
        Assert.Contains("Date: May 2021 (the day is not known)", brussels.Description, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Country_and_status_choose_the_events_and_a_planned_meeting_is_tentative()
    {
        await using var app = await AppFactory.OnAsync(provider);
        await WriteAsync(app, db => db.Meetings.Where(m => m.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MeetingStatus.Planned)));

        var planned = Calendar.Load(await GetCalendarAsync(app, ExportEndpoints.CalendarPath + "?country=ME&status=planned"))!;
        var montenegro = Calendar.Load(await GetCalendarAsync(app, ExportEndpoints.CalendarPath + "?country=me"))!;
        var held = Calendar.Load(await GetCalendarAsync(app, ExportEndpoints.CalendarPath + "?status=held"))!;
        var serbia = Calendar.Load(await GetCalendarAsync(app, ExportEndpoints.CalendarPath + "?country=RS"))!;

        Assert.Equal("BalkanMeetings: Montenegro, planned", planned.Properties["X-WR-CALNAME"]!.Value);
        Assert.Equal("TENTATIVE", Assert.Single(planned.Events).Status);
        Assert.Contains("Status: planned", Event(planned, 1).Description, StringComparison.Ordinal);
        Assert.Equal(["meeting-1@localhost", "meeting-2@localhost"], montenegro.Events.Select(e => e.Uid));
        Assert.Equal(["meeting-3@localhost", "meeting-2@localhost"], held.Events.Select(e => e.Uid));
        Assert.All(held.Events, e => Assert.Equal("CONFIRMED", e.Status));
        Assert.Empty(serbia.Events);
    }

    [SkippableFact]
    public async Task Commas_semicolons_backslashes_and_line_breaks_in_a_meeting_are_escaped_and_long_lines_fold_on_character_boundaries()
    {
        await using var app = await AppFactory.OnAsync(provider);
        var title = "Rutte, Vučić; Đukanović \\ talks\r\nEND:VEVENT\r\nBEGIN:VEVENT " + string.Concat(Enumerable.Repeat("Вучић и Рутте 🇷🇸 ", 8));
        const string venue = "Palace of Serbia; Hall 1, East wing";
        await WriteAsync(app, db => db.Meetings.Where(m => m.Id == 2).ExecuteUpdateAsync(s => s.SetProperty(m => m.Title, title).SetProperty(m => m.Venue, venue)));

        var text = await GetCalendarAsync(app, ExportEndpoints.CalendarPath);

        var unfolded = CalendarWriterTests.Unfold(text).Split("\r\n");
        Assert.Contains(@"SUMMARY:Rutte\, Vučić\; Đukanović \\ talks\nEND:VEVENT\nBEGIN:VEVENT Вучић", unfolded.Single(l => l.StartsWith("SUMMARY:Rutte", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains(@"LOCATION:Palace of Serbia\; Hall 1\, East wing\, Brussels", unfolded);
        Assert.Equal(3, unfolded.Count(l => l == "BEGIN:VEVENT"));
        var parsed = Event(Calendar.Load(text)!, 2);
        Assert.Equal(title.Replace("\r\n", "\n", StringComparison.Ordinal), parsed.Summary);
        Assert.Equal(venue + ", Brussels", parsed.Location);
        Assert.True(text.Split("\r\n").Count(l => l.StartsWith(' ')) > 4, "the long title was not folded");
        AssertWellFormed(Encoding.UTF8.GetBytes(text));
    }

    [SkippableFact]
    public async Task A_subscriber_with_the_current_calendar_gets_304_until_the_data_changes()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var client = app.CreateClient();
        using var first = await client.GetAsync(new Uri(ExportEndpoints.CalendarPath + "?country=BA", UriKind.Relative));
        var tag = first.Headers.ETag!;

        using var unchanged = await SendWithTagAsync(client, tag);
        await WriteAsync(app, db => db.Meetings.Where(m => m.Id == 3).ExecuteUpdateAsync(s => s.SetProperty(m => m.Title, "Stoltenberg and Komšić")));
        using var changed = await SendWithTagAsync(client, tag);

        Assert.True(tag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag);
        Assert.Equal("Stoltenberg and Komšić", Event(Calendar.Load(await changed.Content.ReadAsStringAsync())!, 3).Summary);
    }

    /// <summary>CRLF after every line and nowhere else, no line over 75 octets, none cut inside a character.</summary>
    public static void AssertWellFormed(byte[] calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        Assert.Equal("\r\n"u8.ToArray(), calendar[^2..]);
        foreach (var line in CalendarWriterTests.Lines(calendar))
        {
            var text = strict.GetString(line);
            Assert.True(line.Length <= CalendarWriter.MaxLineOctets, $"{line.Length} octets: {text}");
            Assert.DoesNotContain('\r', text);
            Assert.DoesNotContain('\n', text);
        }
    }

    private static CalendarEvent Event(Calendar calendar, int meeting) =>
        calendar.Events.Single(e => e.Uid == $"meeting-{meeting}@localhost");

    private static async Task<string> GetCalendarAsync(AppFactory app, string url)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> SendWithTagAsync(HttpClient client, System.Net.Http.Headers.EntityTagHeaderValue tag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(ExportEndpoints.CalendarPath + "?country=BA", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(tag);
        return await client.SendAsync(request);
    }

    /// <summary>Changes the data as a write does, moving the data version on with it.</summary>
    private static async Task WriteAsync(AppFactory app, Func<BalkanMeetingsDbContext, Task<int>> write)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>();
        Assert.Equal(1, await write(db));
        await WriteVersion.MoveOnAsync(db, CancellationToken.None);
    }
}

public sealed class SqliteCalendarTests() : CalendarTests(DatabaseProvider.Sqlite);

[Trait("Category", "PostgreSQL")]
public sealed class PostgresCalendarTests() : CalendarTests(DatabaseProvider.PostgreSQL);
