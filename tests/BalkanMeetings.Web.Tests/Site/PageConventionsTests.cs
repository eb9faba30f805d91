using System.Net;
using System.Text.RegularExpressions;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Web.Features.Accounts;
using BalkanMeetings.Web.Tests.Features.Accounts;
using BalkanMeetings.Web.Tests.Features.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BalkanMeetings.Web.Tests.Site;

/// <summary>What readers' tools expect of every page, a signed-in admin's pages included.</summary>
public sealed partial class PageConventionsTests
{
    /// <summary>
    /// Pages of every kind a reader sees, then every page for editors (the authorization matrix's sample of each, so a
    /// new one is checked here too), which the test signs in for.
    /// </summary>
    public static readonly string[] Pages =
    [
        "/", "/?country=XX", "/meetings/1", "/meetings/3", "/people/1", "/countries", "/countries/me", "/topics", "/initiatives",
        "/search?q=security", "/api", "/about", "/changes", "/history/Meeting/1", "/revisions/1", "/no-such-page", "/account/sign-in",
        .. EditingRoutes.ReadOnlyTemplates, .. EditingRoutes.ByTemplate.Values.Select(sample => sample.Url),
    ];

    [Fact]
    public async Task Every_page_has_a_description_an_icon_zoned_times_and_no_label_on_a_plain_div()
    {
        await using var app = new AppFactory();
        using var admin = await EditorSession.SignInAsync(app, EditorRoles.Admin, name: "Ada Admin");
        using var saved = await admin.PostFormAsync("/meetings/1/edit", "edit-meeting", new() { ["Input.City"] = ["Podgorica"], ["Input.Reason"] = ["The article names the city"] });
        await LockAnAccountAsync(app);

        var wrong = new List<string>();
        foreach (var url in Pages)
        {
            using var response = await admin.Client.GetAsync(new Uri(url, UriKind.Relative));
            var page = await EditorSession.ParseAsync(response);
            var description = page.QuerySelector("head meta[name=description]")?.GetAttribute("content");
            var icon = page.QuerySelector("head link[rel=icon]")?.GetAttribute("href");
            var times = page.QuerySelectorAll("time[datetime]").Select(t => t.GetAttribute("datetime")!).Where(t => t.Contains('T', StringComparison.Ordinal)).ToList();
            if (string.IsNullOrWhiteSpace(description) || description.Length < 50)
            {
                wrong.Add($"{url}: no meta description");
            }

            if (icon is null)
            {
                wrong.Add($"{url}: no icon");
            }

            wrong.AddRange(times.Where(t => !Zoned().IsMatch(t)).Select(t => $"{url}: <time datetime=\"{t}\"> has no time zone"));
            wrong.AddRange(page.QuerySelectorAll("div[aria-label]:not([role])").Select(d => $"{url}: <div aria-label=\"{d.GetAttribute("aria-label")}\">"));
            if (url is "/review" or "/admin/editors" or "/changes")
            {
                Assert.NotEmpty(times);
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task The_icon_and_robots_txt_are_served()
    {
        await using var app = new AppFactory();
        using var client = app.CreateClient();
        var icon = (await app.GetPageAsync("/")).QuerySelector("link[rel=icon]")!.GetAttribute("href")!;

        using var iconResponse = await client.GetAsync(new Uri(icon, UriKind.Relative));
        using var robots = await client.GetAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, iconResponse.StatusCode);
        Assert.Equal("image/svg+xml", iconResponse.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, robots.StatusCode);
        Assert.Equal("text/plain", robots.Content.Headers.ContentType!.MediaType);
        var rules = (await robots.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("User-agent: *", rules);
        Assert.Contains("Disallow: /admin/", rules);
        Assert.DoesNotContain("Disallow: /", rules);
    }

    private static async Task LockAnAccountAsync(AppFactory app)
    {
        await EditorSession.AddAccountAsync(app, "locked@example.org", EditorRoles.Editor, "Lou Locked");
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorAccount>>();
        await users.SetLockoutEndDateAsync((await users.FindByEmailAsync("locked@example.org"))!, DateTimeOffset.UtcNow.AddMinutes(10));
    }

    [GeneratedRegex(@"(Z|[+-]\d\d:\d\d)$")]
    private static partial Regex Zoned();
}
