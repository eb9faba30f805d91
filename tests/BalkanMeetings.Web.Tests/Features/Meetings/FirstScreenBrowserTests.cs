using BalkanMeetings.Web.Features.Accounts;
using BalkanMeetings.Web.Tests.Browser;
using Microsoft.Playwright;

namespace BalkanMeetings.Web.Tests.Features.Meetings;

/// <summary>
/// What a reader sees of the list page before scrolling: meetings rather than the filter form, a header on one line,
/// and the less used filters folded into disclosures that open without script (the site's policy forbids any).
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class FirstScreenBrowserTests(BrowserFixture browser)
{
    [BrowserTheory]
    [InlineData("desktop", 3)]
    [InlineData("large-phone", 1)]
    [InlineData("phone", 1)]
    public async Task The_first_meetings_end_within_the_first_screen(string viewportName, int meetings)
    {
        var viewport = Viewport.Named(viewportName);
        await using var session = await browser.OpenAsync(viewport);
        await session.GotoAsync("/");

        var bottom = await session.Page.EvaluateAsync<double>(
            "n => document.querySelectorAll('main table.meetings tbody tr')[n - 1].getBoundingClientRect().bottom + window.scrollY", meetings);

        Assert.True(bottom <= viewport.Height, $"Meeting {meetings} ends at {bottom:0} px, below the {viewport.Height} px window.");
        await session.AssertAccessibleAsync();
    }

    // One signed-in session is measured at every width: each sign-in costs a password hash.
    [BrowserTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_header_is_one_line_from_tablet_width_up_and_two_at_most_on_a_phone(bool signedIn)
    {
        await using var session = signedIn
            ? await browser.OpenSignedInAsync(Viewport.Tablet, EditorRoles.Admin, "Hana Header")
            : await browser.OpenAsync(Viewport.Tablet);
        await session.GotoAsync("/");

        foreach (var viewport in new[] { Viewport.Tablet, Viewport.Desktop })
        {
            var header = await MeasureHeaderAsync(session, viewport);
            Assert.True(header.OffTheLine.Count == 0, $"At {viewport.Name} width, off the brand's line: {string.Join(", ", header.OffTheLine)}.");
            Assert.True(header.Height <= 64, $"At {viewport.Name} width the header is {header.Height:0} px tall.");
            Assert.Contains(signedIn ? "Account" : "Editor sign-in", header.Shown);
        }

        foreach (var viewport in new[] { Viewport.Phone, Viewport.LargePhone })
        {
            var header = await MeasureHeaderAsync(session, viewport);
            Assert.True(header.Height <= 100, $"At {viewport.Name} width the header is {header.Height:0} px tall.");
            Assert.Contains("Initiatives", header.Shown);
        }
    }

    [BrowserFact]
    public async Task The_account_menu_opens_to_the_account_links_and_signs_out()
    {
        await using var session = await browser.OpenSignedInAsync(Viewport.Tablet, EditorRoles.Admin, "Milan Menu");
        var page = session.Page;
        await session.GotoAsync("/");
        var password = page.GetByRole(AriaRole.Link, new() { Name = "Password" });
        Assert.False(await password.IsVisibleAsync());

        await page.Locator(".account-menu summary").ClickAsync();

        Assert.True(await password.IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Review queue" }).IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Editors" }).IsVisibleAsync());
        await session.AssertAccessibleAsync();
        await session.ScreenshotAsync("open", fullPage: false);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Editor sign-in" })).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task More_filters_stay_folded_until_one_of_them_is_set()
    {
        await using var session = await browser.OpenAsync(Viewport.Desktop);
        var page = session.Page;
        var from = page.GetByLabel("From", new() { Exact = true });

        await session.GotoAsync("/");
        Assert.False(await from.IsVisibleAsync());
        await page.GetByText("More filters").ClickAsync();
        Assert.True(await from.IsVisibleAsync());

        await session.GotoAsync("/?from=2024");
        Assert.True(await from.IsVisibleAsync());
        Assert.Equal("2024", await from.InputValueAsync());
        Assert.True(await page.Locator("#status").IsVisibleAsync());
        await session.AssertAccessibleAsync();
    }

    [BrowserFact]
    public async Task At_desktop_width_the_countries_and_facets_show_beside_the_results_with_no_disclosure_to_open()
    {
        await using var session = await browser.OpenAsync(Viewport.Desktop);
        var page = session.Page;
        await session.GotoAsync("/");

        Assert.True(await page.GetByLabel("Bosnia and Herzegovina").IsVisibleAsync());
        Assert.True(await page.Locator("#facet-year").IsVisibleAsync());
        Assert.False(await page.Locator(".refine > summary").IsVisibleAsync());
    }

    [BrowserFact]
    public async Task On_a_phone_the_countries_and_facets_fold_under_a_disclosure_whose_checkboxes_filter_the_list()
    {
        await using var session = await browser.OpenAsync(Viewport.LargePhone);
        var page = session.Page;
        await session.GotoAsync("/");
        var bosnia = page.GetByLabel("Bosnia and Herzegovina");
        Assert.False(await bosnia.IsVisibleAsync());

        await page.Locator(".refine > summary").ClickAsync();
        await bosnia.CheckAsync();
        await session.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply countries" }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("country=BA", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("table.meetings tbody tr")).ToHaveCountAsync(3);
    }

    private static async Task<HeaderMeasure> MeasureHeaderAsync(BrowserSession session, Viewport viewport)
    {
        await session.Page.SetViewportSizeAsync(viewport.Width, viewport.Height);
        await session.AssertFitsWidthAsync(viewport.Width);
        return await session.EvaluateJsonAsync<HeaderMeasure>("""
            () => {
                const header = document.querySelector('.site-header');
                const brand = header.querySelector('.brand').getBoundingClientRect();
                const middle = (brand.top + brand.bottom) / 2;
                // What a reader sees: checkVisibility leaves out the contents of a closed disclosure.
                const shown = [...header.querySelectorAll('a, button, summary, .signed-in-as')].filter(e => e.checkVisibility());
                return {
                    height: header.getBoundingClientRect().height,
                    shown: shown.map(e => e.textContent.trim()),
                    offTheLine: shown.filter(e => { const r = e.getBoundingClientRect(); return r.top > middle || r.bottom < middle; })
                        .map(e => e.textContent.trim()),
                };
            }
            """);
    }

    private sealed record HeaderMeasure(double Height, List<string> Shown, List<string> OffTheLine);
}
