using System.Net;
using BalkanMeetings.Web.Features.Export;
using Ical.Net;

namespace BalkanMeetings.Web.Tests.Features.Export;

/// <summary>How the calendar is reached and answered: from the list's links, as bytes on the wire, to HEAD.</summary>
public sealed class CalendarResponseTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_list_links_to_the_calendar_of_its_filter_which_holds_the_dated_meetings_of_that_filter()
    {
        var page = await factory.GetPageAsync("/?country=ME&status=held&sort=oldest&page=1");
        using var client = factory.CreateClient();

        var href = page.QuerySelectorAll(".exports a").Single(a => a.TextContent == "Calendar").GetAttribute("href")!;
        var calendar = Calendar.Load(await client.GetStringAsync(new Uri(href, UriKind.Relative)))!;

        Assert.Equal(ExportEndpoints.CalendarPath + "?country=ME&status=held&sort=oldest", href);
        Assert.Equal("BalkanMeetings: Montenegro, held", calendar.Properties["X-WR-CALNAME"]!.Value);
        Assert.Equal(["meeting-2@localhost", "meeting-1@localhost"], calendar.Events.Select(e => e.Uid));
    }

    [Fact]
    public async Task Every_line_ends_in_crlf_and_none_is_longer_than_75_octets()
    {
        using var client = factory.CreateClient();

        var bytes = await client.GetByteArrayAsync(new Uri(ExportEndpoints.CalendarPath, UriKind.Relative));

        Assert.Equal("BEGIN:VCALENDAR\r\n"u8.ToArray(), bytes[..17]);
        CalendarTests.AssertWellFormed(bytes);
        Assert.Contains(CalendarWriterTests.Lines(bytes), line => line.Length == CalendarWriter.MaxLineOctets);
    }

    [Fact]
    public async Task Head_answers_with_the_headers_of_get_and_the_same_tag_without_a_body()
    {
        using var client = factory.CreateClient();
        var url = new Uri(ExportEndpoints.CalendarPath + "?country=BA", UriKind.Relative);

        using var get = await client.GetAsync(url);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("text/calendar", head.Content.Headers.ContentType!.MediaType);
        Assert.Equal(FeedResponse.CacheControl, head.Headers.CacheControl!.ToString());
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.NotNull(head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_search_past_the_cap_on_its_cost_is_refused_rather_than_answered_with_an_empty_calendar()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(ExportEndpoints.CalendarPath + "?q=nat*+sec*+def*+reg*", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
