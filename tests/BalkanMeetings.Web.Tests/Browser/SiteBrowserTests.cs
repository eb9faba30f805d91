using BalkanMeetings.Core.Data;
using BalkanMeetings.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BalkanMeetings.Web.Tests.Browser;

/// <summary>Every kind of page, read and signed in, as Chromium gets it: valid HTML, nothing the security policy blocks.</summary>
[Collection(BrowserTests.Name)]
public sealed class SiteBrowserTests(BrowserFixture browser)
{
    private static readonly string[] ReaderPages =
    [
        "/", "/?country=XX", "/?from=2024&status=planned", "/meetings/1", "/meetings/3", "/people/1", "/countries", "/countries/me", "/topics", "/initiatives",
        "/search?q=security", "/search?q=nothingmatchesthis", "/api", "/changes", "/account/sign-in", "/no-such-page",
    ];

    [BrowserFact]
    public async Task Every_page_read_or_signed_in_is_valid_html_and_breaks_no_rule_of_the_security_policy()
    {
        await using var admin = await browser.OpenSignedInAsync(Viewport.Desktop, EditorRoles.Admin, "Vera Validator");
        var revision = await CorrectASummaryAsync(admin);
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        var blocked = new List<string>();
        admin.Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                blocked.Add($"{admin.Page.Url}: {message.Text}");
            }
        };

        foreach (var url in ReaderPages.Concat(await SignedInPagesAsync(revision)))
        {
            var response = await admin.Page.GotoAsync(url) ?? throw new InvalidOperationException($"No response for {url}.");
            pages[url] = await response.TextAsync();
        }

        var errors = await HtmlChecker.ErrorsAsync(pages);

        Assert.True(errors.Count == 0, $"{errors.Count} HTML error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        Assert.True(blocked.Count == 0, string.Join(Environment.NewLine, blocked));
    }

    [BrowserFact]
    public async Task A_refused_form_and_a_conflict_are_valid_html_too()
    {
        await using var editor = await browser.OpenSignedInAsync(Viewport.Desktop, EditorRoles.Editor, "Rita Refused");
        var page = editor.Page;
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);

        await editor.GotoAsync("/meetings/1/participants");
        await page.Locator("#field-Person-new").FillAsync("Nobody Known");
        await page.Locator("#field-Role-new").FillAsync("Envoy");
        await page.Locator("#field-Reason").FillAsync("Was at the meeting");
        pages["refused participants"] = await PostedAsync(page, "Save participants");

        // The form opened before another save of the same meeting: saving it shows the conflict.
        await editor.GotoAsync("/meetings/5/edit");
        var other = await page.Context.NewPageAsync();
        await other.GotoAsync("/meetings/5/edit");
        await other.Locator("#field-City").FillAsync("Skopje");
        await other.Locator("#field-Reason").FillAsync("The city from the dateline");
        await other.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await other.WaitForURLAsync(url => url.EndsWith("/meetings/5", StringComparison.Ordinal));
        await page.Locator("#field-Summary").FillAsync("A summary written while another editor saved.");
        await page.Locator("#field-Reason").FillAsync("A summary from the article");
        pages["conflict"] = await PostedAsync(page, "Save changes");
        Assert.Equal(1, await page.Locator(".conflict").CountAsync());

        var errors = await HtmlChecker.ErrorsAsync(pages);

        Assert.True(errors.Count == 0, $"{errors.Count} HTML error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }

    [BrowserFact]
    public async Task At_desktop_width_the_facets_come_before_the_results_in_focus_order()
    {
        await using var session = await browser.OpenAsync(Viewport.Desktop);
        await session.GotoAsync("/");

        var order = await session.EvaluateJsonAsync<FocusOrder>("""
            async () => {
                const links = [...document.querySelectorAll('main a[href], main button, main input, main select')]
                    .filter(e => e.offsetParent !== null);
                const facet = links.findIndex(e => e.closest('.facets'));
                const result = links.findIndex(e => e.closest('.results table'));
                const facetBox = document.querySelector('.facets').getBoundingClientRect();
                const resultBox = document.querySelector('.results').getBoundingClientRect();
                return { firstFacet: facet, firstResult: result, facetsLeftOfResults: facetBox.right <= resultBox.left };
            }
            """);

        Assert.True(order.FacetsLeftOfResults);
        Assert.True(order.FirstFacet >= 0 && order.FirstFacet < order.FirstResult, $"first facet link #{order.FirstFacet}, first result link #{order.FirstResult}");
    }

    // A revision to show on the history, revision and revert pages, saved through the form as an editor would.
    private static async Task<int> CorrectASummaryAsync(BrowserSession session)
    {
        var page = session.Page;
        await session.GotoAsync("/meetings/6/edit");
        await page.Locator("#field-Summary").FillAsync("Checked against the article for the HTML check.");
        await page.Locator("#field-Reason").FillAsync("A summary from the article");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/meetings/6", StringComparison.Ordinal));
        await page.GotoAsync("/history/Meeting/6");
        var href = await page.Locator("a.revision-number").First.GetAttributeAsync("href");
        return int.Parse(href!["/revisions/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    // The page a form's submit button brings back, as the server sent it.
    private static async Task<string> PostedAsync(IPage page, string button)
    {
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync(),
            r => r.Request.Method == "POST");
        return await response.TextAsync();
    }

    private async Task<IEnumerable<string>> SignedInPagesAsync(int revision)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>();
        var person = await db.People.Where(p => p.Name == "Dritan Abazović").Select(p => p.Id).SingleAsync();
        var topic = await db.Topics.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
        var initiative = await db.Initiatives.OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
        var flag = await db.ReviewFlags.OrderBy(f => f.Id).Select(f => f.Id).FirstAsync();
        return
        [
            "/review", $"/review/{flag}", "/admin/editors", "/account/password", "/history/Meeting/6", $"/revisions/{revision}", $"/revisions/{revision}/revert",
            "/meetings/1/edit", "/meetings/1/participants", "/meetings/1/merge", "/meetings/4/split", $"/people/{person}/edit", $"/people/{person}/merge",
            $"/topics/{topic}/edit", "/topics/new", $"/initiatives/{initiative}/edit",
        ];
    }

    private sealed record FocusOrder(int FirstFacet, int FirstResult, bool FacetsLeftOfResults);
}
