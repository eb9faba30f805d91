using BalkanMeetings.Web.Features.Accounts;
using Microsoft.Playwright;

namespace BalkanMeetings.Web.Tests.Browser;

/// <summary>An editor adds an article in Chromium: sign in, paste, preview, import, and read it on its meeting's page.</summary>
[Collection(BrowserTests.Name)]
public sealed class AddArticleBrowserTests(BrowserFixture browser)
{
    // People no other browser test looks for, so the meeting it adds changes none of theirs.
    private const string Article =
        "NATO Deputy Secretary General Radmila Šekerinska met Albin Kurti, Prime Minister of Kosovo, in Pristina on 12 May 2025.\n\n"
        + "They discussed the KFOR mission and dialogue in the region.\n";

    [BrowserFact]
    public async Task An_editor_pastes_an_article_previews_it_imports_it_and_lands_on_its_meeting()
    {
        await using var session = await browser.OpenSignedInAsync(Viewport.Desktop, EditorRoles.Editor, "Petra Paste");
        var page = session.Page;
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        await session.GotoAsync("/review");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add an article" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/articles/new", StringComparison.Ordinal));
        pages["form"] = await (await session.GotoAsync("/articles/new")).TextAsync();
        await session.AssertAccessibleAsync();

        await page.GetByLabel("Text of the article").FillAsync(Article);
        await page.GetByLabel("Outlet").FillAsync("Kosovo Wire");
        var previewed = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync(),
            r => r.Request.Method == "POST");
        pages["preview"] = await previewed.TextAsync();

        var meeting = page.Locator(".preview-meeting");
        await Assertions.Expect(meeting).ToHaveCountAsync(1);
        Assert.Contains("Albin Kurti", await meeting.Locator(".participants").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Pristina", await page.Locator("#preview-meeting-0-city").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator(".article-text mark").CountAsync() >= 3);
        await session.ScreenshotAsync("preview");
        await session.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Import this article" }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("/meetings/", StringComparison.Ordinal));
        Assert.Contains("Kurti", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("the KFOR mission", await page.Locator(".sources").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Kosovo Wire", await page.Locator(".sources .meta").InnerTextAsync(), StringComparison.Ordinal);
        await session.ScreenshotAsync("meeting");

        var errors = await HtmlChecker.ErrorsAsync(pages);
        Assert.True(errors.Count == 0, $"{errors.Count} HTML error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }
}
