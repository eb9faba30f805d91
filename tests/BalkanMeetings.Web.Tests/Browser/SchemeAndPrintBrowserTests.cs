using System.Text;
using System.Text.RegularExpressions;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BalkanMeetings.Web.Tests.Browser;

/// <summary>The site in a reader's dark colour scheme, and on paper: still accessible, and on paper only what paper can use.</summary>
[Collection(BrowserTests.Name)]
public sealed partial class SchemeAndPrintBrowserTests(BrowserFixture browser)
{
    private static readonly string[] ReaderPages = ["/about", "/", "/meetings/1", "/meetings/3", "/people/1", "/countries/ba", "/search?q=sarajevo", "/changes"];

    private static readonly string[] EditorPages = ["/review", "/meetings/1/edit", "/meetings/1/participants"];

    /// <summary>What a page shows only on a screen: navigation, forms, editors' links, the page's own link lists.</summary>
    private const string ScreenOnly = "header nav, main form, .crumbs, .profile-links, .legend, .in-text, a[href$='/edit'], a[href^='/review/']";

    [BrowserFact]
    public async Task In_the_dark_scheme_every_kind_of_page_is_dark_and_has_no_serious_accessibility_violations()
    {
        await using var reader = await browser.OpenAsync(Viewport.Desktop);
        await using var editor = await browser.OpenSignedInAsync(Viewport.Desktop, EditorRoles.Editor, "Dara Dark");
        await reader.Page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await editor.Page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });

        foreach (var (session, path) in ReaderPages.Select(p => (reader, p)).Concat(EditorPages.Select(p => (editor, p))))
        {
            await session.GotoAsync(path);

            Assert.True(await session.Page.EvaluateAsync<bool>(IsBackgroundDark), $"{path} is not dark");
            await session.AssertAccessibleAsync();
        }

        await reader.GotoAsync("/meetings/1");
        await reader.ScreenshotAsync("dark-meeting");
        await reader.Page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        Assert.False(await reader.Page.EvaluateAsync<bool>(IsBackgroundDark), "the light scheme is dark too");
    }

    [BrowserFact]
    public async Task In_print_the_meeting_person_and_country_pages_keep_the_record_and_leave_out_navigation_forms_and_edit_links()
    {
        await using var editor = await browser.OpenSignedInAsync(Viewport.Desktop, EditorRoles.Editor, "Pia Print");
        var page = editor.Page;
        var person = await PersonIdAsync("Dritan Abazović");

        foreach (var path in new[] { "/meetings/1", $"/people/{person}", "/countries/me" })
        {
            await editor.GotoAsync(path);
            var onScreen = await page.EvaluateAsync<int>(CountVisible, ScreenOnly);
            await page.EmulateMediaAsync(new() { Media = Media.Print });

            Assert.True(onScreen > 0, $"{path} shows nothing only a screen needs, so its print is not tested");
            Assert.Equal(0, await page.EvaluateAsync<int>(CountVisible, ScreenOnly));
            Assert.True(await page.Locator("main h1").IsVisibleAsync());
            await editor.AssertAccessibleAsync();
            await page.EmulateMediaAsync(new() { Media = Media.Screen });
        }

        await editor.GotoAsync("/meetings/1");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.True(await page.Locator(".sources .article-text").IsVisibleAsync());
        Assert.True(await page.Locator(".cite").IsVisibleAsync());
        await editor.ScreenshotAsync("print");
    }

    [BrowserFact]
    public async Task Every_seeded_meeting_prints_on_fewer_a4_pages_with_the_print_stylesheet_than_without_it()
    {
        await using var session = await browser.OpenAsync(Viewport.Desktop);
        var counts = new List<(int Meeting, int Styled, int Unstyled)>();

        foreach (var id in await MeetingIdsAsync())
        {
            await session.GotoAsync($"/meetings/{id}");
            var styled = PageCount(await session.Page.PdfAsync(new() { Format = "A4" }));
            await session.Page.EvaluateAsync("() => document.querySelector('link[rel=stylesheet][media=print]').remove()");
            counts.Add((id, styled, PageCount(await session.Page.PdfAsync(new() { Format = "A4" }))));
        }

        var report = string.Join("; ", counts.Select(c => $"meeting {c.Meeting}: {c.Styled} pages, {c.Unstyled} without"));
        Assert.All(counts, c => Assert.True(c.Styled < c.Unstyled, report));
    }

    private const string IsBackgroundDark = """
        () => {
            const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
            return r + g + b < 3 * 64;
        }
        """;

    private const string CountVisible = "selector => [...document.querySelectorAll(selector)].filter(e => e.checkVisibility()).length";

    /// <summary>Pages in a PDF as Chromium writes it: one <c>/Type /Page</c> object each, besides the <c>/Pages</c> tree.</summary>
    private static int PageCount(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial Regex PageObject();

    private async Task<List<int>> MeetingIdsAsync()
    {
        await using var scope = browser.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>().Meetings.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync();
    }

    private async Task<int> PersonIdAsync(string name)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>().People.Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
    }
}
