using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BalkanMeetings.Web.Tests.Browser;

/// <summary>The history, a revision, recent changes and a corrected meeting, as readers see them in Chromium.</summary>
[Collection(BrowserTests.Name)]
public sealed class HistoryBrowserTests(BrowserFixture browser)
{
    private const string PristinaMeeting = "Mark Rutte in Pristina";

    [BrowserFact]
    public async Task History_revision_and_recent_changes_pages_are_accessible_and_fit_a_phone()
    {
        var (meeting, revision) = await CorrectAsync();

        foreach (var path in new[] { $"/history/Meeting/{meeting}", $"/revisions/{revision}", "/changes", $"/meetings/{meeting}" })
        {
            await using var desktop = await browser.OpenAsync(Viewport.Desktop);
            await desktop.GotoAsync(path);
            await desktop.AssertAccessibleAsync();
        }

        await using var phone = await browser.OpenAsync(Viewport.Phone);
        await phone.GotoAsync($"/history/Meeting/{meeting}");
        await phone.AssertFitsWidthAsync(Viewport.Phone.Width);
        await phone.ScreenshotAsync("history");
    }

    // One correction of the meeting's words, kind and topics, saved as an editor would.
    private async Task<(int Meeting, int Revision)> CorrectAsync()
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<BalkanMeetingsDbContext>();
        var account = await browser.AddEditorAsync($"history-{Guid.NewGuid():N}@example.org", "Erin Editor");
        var meeting = await db.Meetings.Where(m => m.Title == PristinaMeeting).Select(m => m.Id).SingleAsync();
        var editor = services.GetRequiredService<RecordEditor>();
        var opened = (await editor.LoadAsync(nameof(Meeting), meeting, CancellationToken.None))!;
        var current = MeetingRecord.ReadIds(opened[MeetingRecord.Topics]);
        var topic = await db.Topics.Where(t => !current.Contains(t.Id)).OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
        var kind = opened[MeetingRecord.Kind] == nameof(MeetingKind.Visit) ? MeetingKind.Meeting : MeetingKind.Visit;
        var result = await editor.SaveAsync(
            nameof(Meeting),
            meeting,
            opened,
            new() { [MeetingRecord.Venue] = "Camp Film City", [MeetingRecord.Kind] = kind.ToString(), [MeetingRecord.Topics] = MeetingRecord.List([.. current, topic]), [MeetingRecord.Summary] = (opened[MeetingRecord.Summary] ?? "") + " He also met KFOR troops." },
            "Venue and topics from the article's photo captions",
            new EditorIdentity(account, "Erin Editor"),
            CancellationToken.None);
        Assert.Equal(EditStatus.Saved, result.Status);
        return (meeting, result.RevisionId!.Value);
    }
}
