using BalkanMeetings.Core.Data;
using BalkanMeetings.Web.Tests.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BalkanMeetings.Web.Tests.Features.Meetings;

[Collection(BrowserTests.Name)]
public sealed class MeetingListBrowserTests(BrowserFixture browser)
{
    [BrowserTheory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Home_page_shows_the_seed_meetings_without_sideways_scrolling(string viewportName)
    {
        var viewport = Viewport.Named(viewportName);
        await using var session = await browser.OpenAsync(viewport);
        var page = session.Page;

        await session.GotoAsync("/");

        Assert.True(await page.Locator("h1").First.IsVisibleAsync());
        var rows = page.Locator("main table tbody tr");
        var shown = await rows.AllInnerTextsAsync();
        var titles = await SeedMeetingTitlesAsync();
        Assert.Equal(titles.Count, shown.Count);
        Assert.All(titles, title => Assert.Contains(shown, row => row.Contains(title, StringComparison.Ordinal)));
        Assert.True(await rows.Last.IsVisibleAsync());

        await session.AssertFitsWidthAsync(viewport.Width);

        var screenshot = await session.ScreenshotAsync();
        var (width, height) = PngSize(screenshot);
        Assert.Equal(viewport.Width, width);
        Assert.Equal(await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight"), height);
    }

    [BrowserTheory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Home_page_has_no_serious_accessibility_violations(string viewportName)
    {
        await using var session = await browser.OpenAsync(Viewport.Named(viewportName));

        await session.GotoAsync("/");

        await session.AssertAccessibleAsync();
    }

    [BrowserFact]
    public async Task Tab_from_the_top_of_the_home_page_reaches_the_first_link_with_a_visible_outline()
    {
        await using var session = await browser.OpenAsync(Viewport.Desktop);
        var page = session.Page;
        await session.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");

        var focus = await session.EvaluateJsonAsync<FocusState>("""
            () => {
                const el = document.activeElement;
                const style = getComputedStyle(el);
                return {
                    isFirstLink: el === document.querySelector('a[href]'),
                    text: el.textContent.trim(),
                    outlineStyle: style.outlineStyle,
                    outlineWidth: parseFloat(style.outlineWidth) || 0,
                };
            }
            """);
        Assert.True(focus.IsFirstLink, $"Tab focused \"{focus.Text}\", not the page's first link.");
        Assert.True(focus.OutlineStyle != "none" && focus.OutlineWidth > 0,
            $"The focused link \"{focus.Text}\" has outline style {focus.OutlineStyle}, {focus.OutlineWidth}px wide.");
    }

    [BrowserFact]
    public async Task Accessibility_check_fails_naming_each_serious_violation_and_its_element()
    {
        await using var session = await browser.OpenAsync(Viewport.Desktop);
        await session.Page.SetContentAsync("""
            <!DOCTYPE html><html lang="en"><head><title>Bad page</title></head>
            <body><main><h1>Bad page</h1><p id="faint" style="color:#bbb;background:#fff">Faint text</p><img id="nameless" src="data:,"></main></body></html>
            """);

        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(session.AssertAccessibleAsync);

        Assert.Contains("color-contrast (serious)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#faint", failure.Message, StringComparison.Ordinal);
        Assert.Contains("image-alt (critical)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#nameless", failure.Message, StringComparison.Ordinal);
        var screenshot = failure.Message[(failure.Message.LastIndexOf("Screenshot: ", StringComparison.Ordinal) + "Screenshot: ".Length)..];
        Assert.True(File.Exists(screenshot), $"No screenshot at {screenshot}.");
    }

    [BrowserFact]
    public async Task Health_endpoint_answers_healthy_over_kestrel()
    {
        await using var session = await browser.OpenAsync(Viewport.Desktop);

        var response = await session.GotoAsync("/health");

        Assert.Equal("Healthy", await response.TextAsync());
        Assert.Equal("127.0.0.1", new Uri(response.Url).Host);
    }

    private async Task<List<string>> SeedMeetingTitlesAsync()
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>();
        return await db.Meetings.Select(m => m.Title).ToListAsync();
    }

    // A PNG starts with an 8-byte signature and the IHDR chunk, whose data begins with big-endian width and height.
    private static (int Width, int Height) PngSize(string path)
    {
        var header = new byte[24];
        using (var file = File.OpenRead(path))
        {
            file.ReadExactly(header);
        }

        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)),
            System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
    }

    private sealed record FocusState(bool IsFirstLink, string Text, string OutlineStyle, double OutlineWidth);
}
