using System.Text;
using BalkanMeetings.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BalkanMeetings.Web.Tests.Browser;

/// <summary>What journalists and analysts do on the site, end to end in Chromium, and an accessibility check of every kind of page.</summary>
[Collection(BrowserTests.Name)]
public sealed class JourneyBrowserTests(BrowserFixture browser)
{
    private const string KomsicMeeting = "Jens Stoltenberg meets Željko Komšić";

    [BrowserFact]
    public async Task Filtering_by_country_and_official_from_the_home_page_reaches_the_meeting()
    {
        await using var session = await browser.OpenAsync(Viewport.Desktop);
        var page = session.Page;
        await session.GotoAsync("/");

        await page.GetByLabel("Bosnia and Herzegovina").CheckAsync();
        await page.Locator("#official").FillAsync("Komsic");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show meetings" }).ClickAsync();

        Assert.Contains("country=BA", page.Url, StringComparison.Ordinal);
        Assert.Contains("official=Komsic", page.Url, StringComparison.Ordinal);
        var rows = page.Locator("table.meetings tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await rows.GetByRole(AriaRole.Link, new() { Name = KomsicMeeting }).ClickAsync();
        Assert.Equal(KomsicMeeting, await page.Locator("h1").InnerTextAsync());
        await session.ScreenshotAsync("meeting");
    }

    [BrowserFact]
    public async Task A_value_leads_to_its_highlighted_words_in_the_article_and_back()
    {
        await using var session = await browser.OpenAsync(Viewport.Desktop);
        var page = session.Page;
        await session.GotoAsync($"/meetings/{await MeetingIdAsync(KomsicMeeting)}");

        var toText = page.Locator("a[href^='#span-']").First;
        var spanId = (await toText.GetAttributeAsync("href"))![1..];
        await toText.ClickAsync();

        var mark = page.Locator($"mark[id='{spanId}']");
        Assert.EndsWith("#" + spanId, page.Url, StringComparison.Ordinal);
        Assert.True(await mark.IsVisibleAsync());
        Assert.True(await mark.EvaluateAsync<bool>("el => el.matches(':target')"));
        var back = mark.Locator("a").First;
        var valueId = (await back.GetAttributeAsync("href"))![1..];
        await back.ClickAsync();
        Assert.True(await page.Locator($"[id='{valueId}']").IsVisibleAsync());
        await session.ScreenshotAsync("followed-span");
    }

    [BrowserFact]
    public async Task The_csv_link_downloads_exactly_the_filtered_meetings()
    {
        await using var session = await browser.OpenAsync(Viewport.Desktop);
        var page = session.Page;
        await session.GotoAsync("/?country=BA");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "CSV", Exact = true }).ClickAsync());

        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Contains(lines, l => l.Contains("Željko Komšić", StringComparison.Ordinal));
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task The_calendar_link_of_a_filtered_list_gives_a_calendar_of_that_filter()
    {
        await using var session = await browser.OpenAsync(Viewport.Desktop);
        var page = session.Page;
        await session.GotoAsync("/?country=ME");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Calendar", Exact = true }).ClickAsync());

        Assert.Contains("/calendar.ics?country=ME", download.Url, StringComparison.Ordinal);
        var calendar = Ical.Net.Calendar.Load(await File.ReadAllTextAsync(await download.PathAsync()))!;
        Assert.Equal("BalkanMeetings: Montenegro", calendar.Properties["X-WR-CALNAME"]!.Value);
        Assert.Equal(["Jens Stoltenberg meets Dritan Abazović", "Jens Stoltenberg meets Milo Đukanović in Brussels"], calendar.Events.Select(e => e.Summary));
    }

    [BrowserFact]
    public async Task On_a_phone_the_site_reads_without_sideways_scrolling_from_list_to_meeting_to_person_and_country()
    {
        await using var session = await browser.OpenAsync(Viewport.Phone);
        var page = session.Page;
        await session.GotoAsync("/?country=BA");
        await session.AssertFitsWidthAsync(Viewport.Phone.Width);

        await page.GetByRole(AriaRole.Link, new() { Name = KomsicMeeting }).ClickAsync();
        await session.AssertFitsWidthAsync(Viewport.Phone.Width);

        await page.Locator("main a[href^='/people/']").First.ClickAsync();
        Assert.Contains("/people/", page.Url, StringComparison.Ordinal);
        await session.AssertFitsWidthAsync(Viewport.Phone.Width);

        await session.GotoAsync("/countries/ba");
        await session.AssertFitsWidthAsync(Viewport.Phone.Width);
        await session.ScreenshotAsync("country");
    }

    [BrowserTheory]
    [InlineData("/")]
    [InlineData("/?country=AL")]
    [InlineData("/meetings/{meeting}")]
    [InlineData("/people/{person}")]
    [InlineData("/countries")]
    [InlineData("/countries/ba")]
    [InlineData("/topics")]
    [InlineData("/initiatives")]
    [InlineData("/search?q=sarajevo")]
    [InlineData("/api")]
    [InlineData("/not-found")]
    public async Task Every_kind_of_page_has_no_serious_accessibility_violations(string path)
    {
        await using var session = await browser.OpenAsync(Viewport.Desktop);
        var meeting = await MeetingIdAsync(KomsicMeeting);
        var person = await PersonIdAsync("Željko Komšić");

        await session.GotoAsync(path.Replace("{meeting}", $"{meeting}", StringComparison.Ordinal).Replace("{person}", $"{person}", StringComparison.Ordinal));

        await session.AssertAccessibleAsync();
    }

    private async Task<int> MeetingIdAsync(string title)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>().Meetings.Where(m => m.Title == title).Select(m => m.Id).SingleAsync();
    }

    private async Task<int> PersonIdAsync(string name)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>().People.Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
    }
}
