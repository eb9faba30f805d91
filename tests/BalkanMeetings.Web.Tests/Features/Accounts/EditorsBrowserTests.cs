using System.Runtime.CompilerServices;
using BalkanMeetings.Web.Features.Accounts;
using BalkanMeetings.Web.Tests.Browser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BalkanMeetings.Web.Tests.Features.Accounts;

/// <summary>The admins' editors page and the password page in Chromium: usable by keyboard labels, accessible, fitting a phone.</summary>
[Collection(BrowserTests.Name)]
public sealed class EditorsBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task An_admin_adds_an_editor_from_the_header_link_and_is_shown_the_password()
    {
        await using var session = await SignInAsync(EditorRoles.Admin, Viewport.Desktop);
        var page = session.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Editors" }).ClickAsync();

        var email = $"nina-{Guid.NewGuid():N}@example.org";
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Nina New");
        await page.GetByLabel("Role").SelectOptionAsync(EditorRoles.Editor);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();

        Assert.Matches("^[a-zA-Z2-9-]{23}$", await page.Locator(".new-password").InnerTextAsync());
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Disable Nina New" }).IsVisibleAsync());
        await session.AssertAccessibleAsync();
        await session.ScreenshotAsync("added");
    }

    [BrowserTheory]
    [InlineData("/admin/editors")]
    [InlineData("/account/password")]
    public async Task The_account_pages_are_accessible_and_fit_a_phone(string path)
    {
        await using var session = await SignInAsync(EditorRoles.Admin, Viewport.Phone);

        await session.GotoAsync(path);

        await session.AssertAccessibleAsync();
        await session.AssertFitsWidthAsync(Viewport.Phone.Width);
    }

    private async Task<BrowserSession> SignInAsync(string role, Viewport viewport, [CallerMemberName] string test = "", [CallerFilePath] string testFile = "")
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await using (var scope = browser.Services.CreateAsyncScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<EditorAccounts>().AddAsync(email, "Ada Admin", role, EditorSession.Password));
        }

        var session = await browser.OpenAsync(viewport, test, testFile);
        await session.GotoAsync("/account/sign-in");
        await session.Page.GetByLabel("E-mail").FillAsync(email);
        await session.Page.GetByLabel("Password").FillAsync(EditorSession.Password);
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        return session;
    }
}
