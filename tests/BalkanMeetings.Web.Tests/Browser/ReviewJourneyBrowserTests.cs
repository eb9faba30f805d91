using System.Text.RegularExpressions;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BalkanMeetings.Web.Tests.Browser;

/// <summary>
/// An editor's journey in Chromium: sign in, open the review queue, fix the seed meeting whose record names
/// Stoltenberg Secretary General on a day Rutte held the office, see the fix on the public page and in the history,
/// and revert it. The screenshots of its steps are the ones docs/editing.md shows.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed partial class ReviewJourneyBrowserTests(BrowserFixture browser)
{
    private const string Meeting = "Jens Stoltenberg meets Dritan Abazović";
    private const string Note = "Rutte took office on 1 Oct 2024; the article names his predecessor.";

    [BrowserFact]
    public async Task An_editor_fixes_the_Stoltenberg_flag_from_the_queue_sees_it_on_the_meeting_and_in_the_history_and_reverts_it()
    {
        var meetingId = await MeetingIdAsync();
        await using var session = await browser.OpenAsync(Viewport.Desktop);
        var page = session.Page;
        await SignInToTheQueueAsync(session, "erin.reviewer@example.org", "Erin Editor", "1-sign-in");

        Assert.Equal("Review queue", await page.Locator("h1").InnerTextAsync());
        await session.AssertAccessibleAsync();
        var row = page.Locator("ol.queue > li")
            .Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = Meeting }) })
            .Filter(new() { HasText = "Office of Jens Stoltenberg" });
        Assert.Equal(1, await row.CountAsync());
        await session.ScreenshotAsync("2-queue", fullPage: false);

        await row.Locator(".resolve a").ClickAsync();
        await page.WaitForURLAsync(ResolveAddress());
        Assert.Contains("Mark Rutte, Secretary General, NATO", await page.Locator("dl.review-facts").InnerTextAsync(), StringComparison.Ordinal);
        await session.AssertAccessibleAsync();
        await page.GetByLabel("Replace Jens Stoltenberg with Mark Rutte").CheckAsync();
        await page.GetByLabel("Note").FillAsync(Note);
        await session.ScreenshotAsync("3-resolve");
        await page.GetByRole(AriaRole.Button, new() { Name = "Resolve flag" }).ClickAsync();

        await page.WaitForURLAsync(QueueAddress());
        var done = await page.Locator(".notice.done").InnerTextAsync();
        Assert.Contains("Corrected by Erin Editor", done, StringComparison.Ordinal);
        Assert.Contains(Note, done, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "See it on the meeting page" }).ClickAsync();

        // The public page lists Rutte, marked as corrected, and the flag as resolved with the editor's note.
        var participants = page.Locator("ul.participants");
        var rutte = participants.Locator("li").Filter(new() { HasText = "Mark Rutte" });
        await Assertions.Expect(rutte).ToHaveCountAsync(1);
        Assert.Equal("corrected", await rutte.Locator(".origin").InnerTextAsync());
        Assert.Equal(0, await participants.GetByRole(AriaRole.Link, new() { Name = "Jens Stoltenberg", Exact = true }).CountAsync());
        // Chromium opens the closed list of resolved flags itself when the link's #flag-N is inside it; opened either way.
        await page.Locator("#flags details").EvaluateAsync("details => details.open = true");
        var resolution = page.Locator("#flags .resolution");
        Assert.Contains("Corrected by Erin Editor on", await resolution.InnerTextAsync(), StringComparison.Ordinal);
        await page.EvaluateAsync("() => { document.getElementById('participants-heading').scrollIntoView(); window.scrollBy(0, -16); }");
        await session.ScreenshotAsync("4-meeting", fullPage: false);

        // The history lists the one revision that changed both the participant and the flag.
        await page.GetByRole(AriaRole.Link, new() { Name = "History", Exact = true }).ClickAsync();
        var revision = page.Locator("ol.history > li").First;
        var changes = await revision.InnerTextAsync();
        Assert.Contains(Note, changes, StringComparison.Ordinal);
        Assert.Contains("Participants", changes, StringComparison.Ordinal);
        Assert.Contains("corrected", changes, StringComparison.OrdinalIgnoreCase);
        await session.ScreenshotAsync("5-history", fullPage: false);
        var revisionId = RevisionNumber().Match(await revision.GetAttributeAsync("id") ?? "").Groups[1].Value;

        // Reverting the revision brings Stoltenberg back and reopens the flag.
        await session.GotoAsync($"/revisions/{revisionId}/revert");
        var revert = page.Locator("form:has(input[name=_handler][value=revert])");
        await revert.Locator("[name='Input.Reason']").FillAsync("Checking the revert: the fix was right");
        await session.ScreenshotAsync("6-revert", fullPage: false);
        await revert.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.EndsWith("/revert", StringComparison.Ordinal));

        await session.GotoAsync($"/meetings/{meetingId}");
        Assert.Equal(1, await participants.GetByRole(AriaRole.Link, new() { Name = "Jens Stoltenberg", Exact = true }).CountAsync());
        Assert.Equal(0, await participants.GetByRole(AriaRole.Link, new() { Name = "Mark Rutte", Exact = true }).CountAsync());
        Assert.Contains("Office does not fit the date", await page.Locator("#flags .flag-list").First.InnerTextAsync(), StringComparison.Ordinal);
        await session.ScreenshotAsync("7-reverted");
        Assert.Equal(FlagStatus.Open, await FlagStatusAsync(meetingId));
    }

    [BrowserFact]
    public async Task On_a_phone_the_queue_and_the_resolve_page_read_without_sideways_scrolling()
    {
        await using var session = await browser.OpenAsync(Viewport.Phone);
        var page = session.Page;
        await SignInToTheQueueAsync(session, "phone.reviewer@example.org", "Phoebe Phone", step: null);
        await session.AssertFitsWidthAsync(Viewport.Phone.Width);
        await session.ScreenshotAsync("queue", fullPage: false);

        await page.Locator("ol.queue > li .resolve a").First.ClickAsync();
        await page.WaitForURLAsync(ResolveAddress());
        await session.AssertFitsWidthAsync(Viewport.Phone.Width);
        await session.ScreenshotAsync("resolve");
    }

    // The queue is for editors: asking for it leads to the sign-in page, and back to it once signed in.
    private async Task SignInToTheQueueAsync(BrowserSession session, string email, string name, string? step)
    {
        await browser.AddEditorAsync(email, name);
        var page = session.Page;
        await session.GotoAsync("/review");
        Assert.Contains("/account/sign-in", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(BrowserFixture.EditorPassword);
        if (step is not null)
        {
            await session.ScreenshotAsync(step, fullPage: false);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(QueueAddress());
    }

    [GeneratedRegex(@"^revision-(\d+)$")]
    private static partial Regex RevisionNumber();

    private Regex QueueAddress() => new($"^{Regex.Escape(browser.BaseAddress.ToString())}review(\\?.*)?$");

    private Regex ResolveAddress() => new($"^{Regex.Escape(browser.BaseAddress.ToString())}review/\\d+$");

    private async Task<int> MeetingIdAsync()
    {
        await using var scope = browser.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>().Meetings.Where(m => m.Title == Meeting).Select(m => m.Id).SingleAsync();
    }

    private async Task<FlagStatus> FlagStatusAsync(int meetingId)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>().ReviewFlags
            .Where(f => f.MeetingId == meetingId && f.Kind == FlagKind.RoleDoesNotFitDate && f.Message.StartsWith("Stoltenberg"))
            .Select(f => f.Status)
            .SingleAsync();
    }
}
