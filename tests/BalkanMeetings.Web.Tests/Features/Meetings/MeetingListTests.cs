using AngleSharp.Html.Parser;

namespace BalkanMeetings.Web.Tests.Features.Meetings;

public sealed class MeetingListTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Home_page_lists_the_seed_meetings_imported_at_start_newest_first()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        var rows = new HtmlParser().ParseDocument(html).QuerySelectorAll("table.meetings tbody tr");
        Assert.Equal(6, rows.Length);
        Assert.Equal("18 Dec 2024", rows[0].QuerySelector("td.when time")!.TextContent);
        Assert.Contains("Željko Komšić", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("May 2021", rows[2].QuerySelector("td.when time")!.TextContent);
    }
}
