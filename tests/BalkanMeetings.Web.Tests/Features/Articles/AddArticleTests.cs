using System.Net;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Web.Features.Articles;
using BalkanMeetings.Web.Tests.Features.Accounts;
using BalkanMeetings.Web.Tests.Features.Editing;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Web.Tests.Features.Articles;

// Who may open and post the page (anonymous visitors, forged tokens, disabled accounts) is tested with every editing
// page by the authorization matrix (Features/Authorization).
public abstract class AddArticleTests(DatabaseProvider provider)
{
    /// <summary>A meeting no seed article reports.</summary>
    public const string NewMeeting =
        "NATO Secretary General Mark Rutte met Serbian President Aleksandar Vučić in Brussels on 3 March 2025.\n\nThey discussed regional security and the KFOR mission.\n";

    // Seed article 000 reports Stoltenberg meeting Abazović on 16 December 2024: same day, country and person.
    private const string SeedMeetingAgain =
        "NATO Secretary General Jens Stoltenberg met Montenegro's Prime Minister Dritan Abazović in Podgorica on 16 December 2024.\n";

    /// <summary>The content hash of a pasted text without source details: SHA-256 of its UTF-8 bytes.</summary>
    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [SkippableFact]
    public async Task A_preview_shows_the_meetings_participants_and_marked_words_and_writes_nothing()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);
        var before = await CountsAsync(app);

        var preview = await PreviewAsync(session, NewMeeting);

        var meeting = Assert.Single(preview.QuerySelectorAll(".preview-meeting"));
        Assert.Contains("A new meeting.", meeting.TextContent, StringComparison.Ordinal);
        Assert.Contains("3 Mar 2025", meeting.QuerySelector("#preview-meeting-0-date")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Brussels", meeting.QuerySelector("#preview-meeting-0-city")!.TextContent, StringComparison.Ordinal);
        var participants = meeting.QuerySelector(".participants")!.TextContent;
        Assert.Contains("Mark Rutte", participants, StringComparison.Ordinal);
        Assert.Contains("Aleksandar Vučić", participants, StringComparison.Ordinal);
        Assert.Contains("Held", meeting.QuerySelector("#preview-meeting-0-status")!.TextContent, StringComparison.Ordinal);

        // The words are marked as on the meeting page, each mark linking to its value and each value back to its words.
        var dateMark = preview.QuerySelector(".article-text mark a[href='#preview-meeting-0-date']")!;
        Assert.Equal("3 March 2025", dateMark.TextContent);
        var back = preview.QuerySelector("#preview-meeting-0-date .in-text a")!.GetAttribute("href")!;
        Assert.Equal(dateMark.ParentElement!.Id, back.TrimStart('#'));
        Assert.Equal("Mark Rutte", preview.QuerySelector(".article-text mark a[href='#preview-meeting-0-participant-0-person'], .article-text mark a[href='#preview-meeting-0-participant-1-person']")!.TextContent);
        Assert.NotNull(preview.QuerySelector("button[name='Input.Action'][value='import']"));
        Assert.Equal(before, await CountsAsync(app));
    }

    [SkippableFact]
    public async Task Importing_the_previewed_article_lands_on_its_new_meeting_with_the_editors_import_in_the_history_and_the_changes()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app, name: "Ana Urednik");
        var before = await CountsAsync(app);
        var preview = await PreviewAsync(session, NewMeeting);

        using var imported = await SubmitAsync(session, preview, new() { ["Input.Action"] = [ArticleForm.ImportAction] });

        Assert.Equal(HttpStatusCode.SeeOther, imported.StatusCode);
        var meetingUrl = imported.Headers.Location!.OriginalString;
        var meetingId = int.Parse(meetingUrl["/meetings/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var stored = await app.QueryAsync(db => db.Articles.Where(a => a.Meetings.Any(s => s.MeetingId == meetingId)).Select(a => new { a.FileName, a.ContentHash }).SingleAsync());
        Assert.Equal(ArticleForm.FileName(DateOnly.FromDateTime(DateTime.UtcNow), HashOf(NewMeeting)), stored.FileName);
        Assert.Equal(before with { Articles = before.Articles + 1, Meetings = before.Meetings + 1, Revisions = before.Revisions + 1 }, (await CountsAsync(app)) with { Participations = before.Participations, People = before.People, Flags = before.Flags });

        var meeting = await session.GetPageAsync(meetingUrl);
        Assert.Contains("the KFOR mission", meeting.QuerySelector(".sources")!.TextContent, StringComparison.Ordinal);
        var history = (await session.GetPageAsync($"/history/Meeting/{meetingId}")).QuerySelector(".history li")!;
        Assert.Equal("article added", history.QuerySelector(".revision-kind")!.TextContent);
        Assert.Equal("Ana Urednik", history.QuerySelector(".editor")!.TextContent);
        Assert.Contains(stored.FileName, history.TextContent, StringComparison.Ordinal);
        Assert.Null(history.QuerySelector("a[href$='/revert']"));
        var change = (await session.GetPageAsync("/changes")).QuerySelectorAll(".changes li, ol li").First(li => li.TextContent.Contains("article added", StringComparison.Ordinal));
        Assert.Contains("Ana Urednik", change.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_article_reporting_a_stored_meeting_is_previewed_as_merging_into_it_and_imported_into_it()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);
        var seedMeeting = await app.QueryAsync(db => db.Meetings.Where(m => m.Participants.Any(p => p.Person!.Name == "Dritan Abazović")).Select(m => m.Id).SingleAsync());

        var preview = await PreviewAsync(session, SeedMeetingAgain);

        Assert.Equal($"/meetings/{seedMeeting}", preview.QuerySelector(".preview-meeting .merge a")!.GetAttribute("href"));
        using var imported = await SubmitAsync(session, preview, new() { ["Input.Action"] = [ArticleForm.ImportAction] });
        Assert.Equal(HttpStatusCode.SeeOther, imported.StatusCode);
        Assert.Equal($"/meetings/{seedMeeting}", imported.Headers.Location!.OriginalString);
        Assert.Equal(2, await app.QueryAsync(db => db.MeetingSources.CountAsync(s => s.MeetingId == seedMeeting)));
    }

    [SkippableFact]
    public async Task The_text_of_a_stored_article_is_previewed_as_imported_already_and_is_not_imported_again()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);
        var seedText = await File.ReadAllTextAsync(Path.Combine(TestPaths.SeedsFolder, "000_114351d6d29dec76.txt"));
        var seedMeetings = await app.QueryAsync(db => db.MeetingSources.Where(s => s.Article!.FileName == "000_114351d6d29dec76.txt").Select(s => s.MeetingId).ToListAsync());
        var before = await CountsAsync(app);

        var preview = await PreviewAsync(session, seedText);

        var notice = preview.QuerySelector(".same-text")!;
        Assert.Contains("000_114351d6d29dec76.txt", notice.TextContent, StringComparison.Ordinal);
        Assert.Equal(seedMeetings.Select(id => $"/meetings/{id}"), notice.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Null(preview.QuerySelector("button[value='import']"));

        // Posted all the same, it is shown again, not imported.
        using var again = await SubmitAsync(session, preview, new() { ["Input.Action"] = [ArticleForm.ImportAction], ["Input.PreviewedHash"] = [HashOf(seedText)] });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.NotNull((await EditorSession.ParseAsync(again)).QuerySelector(".same-text"));
        Assert.Equal(before, await CountsAsync(app));
    }

    [SkippableFact]
    public async Task A_text_changed_after_its_preview_is_previewed_again_instead_of_imported()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);
        var before = await CountsAsync(app);
        var preview = await PreviewAsync(session, NewMeeting);
        var changed = NewMeeting.Replace("3 March", "4 March", StringComparison.Ordinal);

        using var response = await SubmitAsync(session, preview, new() { ["Input.Text"] = [changed], ["Input.Action"] = [ArticleForm.ImportAction] });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await EditorSession.ParseAsync(response);
        Assert.Contains("changed since the last preview", again.QuerySelector(".article-preview [role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("4 Mar 2025", again.QuerySelector("#preview-meeting-0-date")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HashOf(changed), again.QuerySelector("input[name='Input.PreviewedHash']")!.GetAttribute("value"));
        Assert.Equal(before, await CountsAsync(app));
    }

    internal static async Task<IDocument> PreviewAsync(EditorSession session, string text)
    {
        using var response = await SubmitAsync(session, await session.GetPageAsync("/articles/new"), new() { ["Input.Text"] = [text] });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await EditorSession.ParseAsync(response);
    }

    /// <summary>Posts the page's article form as a browser does, multipart, with the fields replaced and an optional file.</summary>
    internal static Task<HttpResponseMessage> SubmitAsync(EditorSession session, IDocument page, Dictionary<string, string[]> replace, string? fileName = null, byte[]? file = null)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in EditorSession.Fields(page, "add-article", replace))
        {
            content.Add(new StringContent(value), name);
        }

        if (file is not null)
        {
            content.Add(new ByteArrayContent(file), ArticleForm.FileInput, fileName ?? "article.txt");
        }

        return session.Client.PostAsync(new Uri("/articles/new", UriKind.Relative), content);
    }

    internal static Task<RowCounts> CountsAsync(AppFactory app) => app.QueryAsync(async db => new RowCounts(
        await db.Articles.CountAsync(),
        await db.Meetings.CountAsync(),
        await db.Participations.CountAsync(),
        await db.People.CountAsync(),
        await db.Revisions.CountAsync(),
        await db.ReviewFlags.CountAsync()));

    internal sealed record RowCounts(int Articles, int Meetings, int Participations, int People, int Revisions, int Flags);
}

public sealed class SqliteAddArticleTests() : AddArticleTests(DatabaseProvider.Sqlite);

[Trait("Category", "PostgreSQL")]
public sealed class PostgresAddArticleTests() : AddArticleTests(DatabaseProvider.PostgreSQL);
