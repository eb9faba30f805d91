using BalkanMeetings.Web.Features.Accounts;
using BalkanMeetings.Web.Tests.Browser;
using Microsoft.Playwright;

namespace BalkanMeetings.Web.Tests.Features.Accounts;

/// <summary>The admins' editors page and the password page in Chromium: usable by keyboard labels, accessible, fitting a phone.</summary>
[Collection(BrowserTests.Name)]
public sealed class EditorsBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task An_admin_adds_an_editor_from_the_header_link_and_is_shown_the_password_and_a_new_one_on_asking()
    {
        await using var session = await browser.OpenSignedInAsync(Viewport.Desktop, EditorRoles.Admin, "Ada Admin");
        var page = session.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Editors" }).ClickAsync();

        var email = $"nina-{Guid.NewGuid():N}@example.org";
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Nina New");
        await page.GetByLabel("Role").SelectOptionAsync(EditorRoles.Editor);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();

        var first = await page.Locator(".new-password").InnerTextAsync();
        Assert.Matches("^[a-zA-Z2-9-]{23}$", first);
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Disable Nina New" }).IsVisibleAsync());
        await session.AssertAccessibleAsync();
        await session.ScreenshotAsync("added");

        await page.GetByRole(AriaRole.Button, new() { Name = "New password for Nina New" }).ClickAsync();
        var second = await page.Locator(".new-password").InnerTextAsync();
        Assert.Matches("^[a-zA-Z2-9-]{23}$", second);
        Assert.NotEqual(first, second);
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Make Nina New admin" }).IsVisibleAsync());
        await session.AssertAccessibleAsync();
    }

    [BrowserTheory]
    [InlineData("/admin/editors")]
    [InlineData("/account/password")]
    public async Task The_account_pages_are_accessible_and_fit_a_phone(string path)
    {
        await using var session = await browser.OpenSignedInAsync(Viewport.Phone, EditorRoles.Admin, "Ada Admin");

        await session.GotoAsync(path);

        await session.AssertAccessibleAsync();
        await session.AssertFitsWidthAsync(Viewport.Phone.Width);
    }
}
