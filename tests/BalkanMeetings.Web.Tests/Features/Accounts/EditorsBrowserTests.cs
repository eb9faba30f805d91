using BalkanMeetings.Web.Features.Accounts;
using BalkanMeetings.Web.Tests.Browser;
using Microsoft.Playwright;

namespace BalkanMeetings.Web.Tests.Features.Accounts;

/// <summary>The admins' editors page and the password page in Chromium: usable by keyboard labels, accessible, fitting a phone.</summary>
[Collection(BrowserTests.Name)]
public sealed class EditorsBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task An_admin_adds_an_editor_and_gives_a_new_password_which_the_editor_replaces_with_their_own_on_signing_in()
    {
        await using var session = await browser.OpenSignedInAsync(Viewport.Desktop, EditorRoles.Admin, "Ada Admin");
        var page = session.Page;
        await page.GetByText("Account", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Editors" }).ClickAsync();

        var email = $"nina-{Guid.NewGuid():N}@example.org";
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Nina New");
        await page.GetByLabel("Role").SelectOptionAsync(EditorRoles.Editor);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();

        var first = await page.Locator(".new-password").InnerTextAsync();
        Assert.Matches("^[a-zA-Z2-9-]{23}$", first);
        // A posted form's answer may still be arriving when the notice above the table is there: wait for the row.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Disable Nina New" })).ToBeVisibleAsync();
        await session.AssertAccessibleAsync();
        await session.ScreenshotAsync("added");

        await page.GetByRole(AriaRole.Button, new() { Name = "New password for Nina New" }).ClickAsync();
        var second = await page.Locator(".new-password").InnerTextAsync();
        Assert.Matches("^[a-zA-Z2-9-]{23}$", second);
        Assert.NotEqual(first, second);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Make Nina New admin" })).ToBeVisibleAsync();
        await session.AssertAccessibleAsync();

        // Nina, on her phone, asks for an edit form, signs in with what she was handed, and must choose her own first.
        await using var nina = await browser.OpenAsync(Viewport.Phone);
        await nina.GotoAsync("/meetings/1/edit");
        await nina.Page.GetByLabel("E-mail").FillAsync(email);
        await nina.Page.GetByLabel("Password").FillAsync(second);
        await nina.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await nina.Page.WaitForURLAsync(url => url.Contains("/account/password", StringComparison.Ordinal));
        Assert.StartsWith("Choose your own password before you edit", await nina.Page.Locator("#choose-own").InnerTextAsync(), StringComparison.Ordinal);
        await nina.AssertAccessibleAsync();
        await nina.AssertFitsWidthAsync(Viewport.Phone.Width);
        await nina.ScreenshotAsync("choose-own");

        await nina.Page.GetByLabel("Current password").FillAsync(second);
        await nina.Page.GetByLabel("New password", new() { Exact = true }).FillAsync("ninas own long passphrase");
        await nina.Page.GetByLabel("New password again").FillAsync("ninas own long passphrase");
        await nina.Page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await nina.Page.GetByRole(AriaRole.Link, new() { Name = "Go on to where you were going" }).ClickAsync();
        await nina.Page.WaitForURLAsync(url => url.EndsWith("/meetings/1/edit", StringComparison.Ordinal));
        await Assertions.Expect(nina.Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).First).ToBeVisibleAsync();
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
