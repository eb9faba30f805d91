using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Web.Tests.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BalkanMeetings.Web.Tests.Features.Editing;

public abstract class HistoryTests(DatabaseProvider provider)
{
    private const string EditUrl = "/meetings/1/edit";
    private const string History = "/history/Meeting/1";

    [SkippableFact]
    public async Task The_history_shows_each_revision_with_labels_and_readable_diffs()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app, name: "Erin Editor");
        await EditAsync(session, new() { ["Input.Title"] = ["Mark Rutte meets Dritan Abazović"], ["Input.Countries"] = ["ME", "RS"], ["Input.Reason"] = ["Rutte held the office then"] });
        await EditAsync(session, new() { ["Input.Date"] = ["2024-12"], ["Input.Reason"] = ["Only the month is certain"] });

        var page = await EditorSession.Anonymous(app).GetPageAsync(History);

        var revisions = page.QuerySelectorAll(".history > li");
        Assert.Equal(2, revisions.Length);
        var (latest, first) = (revisions[0], revisions[1]);
        Assert.Contains("Only the month is certain", latest.QuerySelector(".revision-reason")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Date", "Date source"], Labels(latest));
        Assert.Equal(("16 Dec 2024", "December 2024"), (latest.QuerySelector("del")!.TextContent, latest.QuerySelector("ins")!.TextContent));
        Assert.Contains("Erin Editor", first.QuerySelector(".revision-head")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Title", "Countries"], Labels(first));
        Assert.Equal(("Jens Stoltenberg", "Mark Rutte"), (first.QuerySelector("dd del")!.TextContent, first.QuerySelector("dd ins")!.TextContent));
        Assert.Equal("Serbia", first.QuerySelector(".diff-lines .diff-added ins")!.TextContent);
        Assert.Equal("Montenegro", first.QuerySelector(".diff-lines .diff-same")!.TextContent.Trim());

        // Reading is public; the revert link is for editors only.
        Assert.Empty(page.QuerySelectorAll("a[href$='/revert']"));
        Assert.Equal(2, (await session.GetPageAsync(History)).QuerySelectorAll("a[href$='/revert']").Length);
    }

    [SkippableFact]
    public async Task A_revert_sets_the_values_back_as_a_revert_revision_and_the_history_marks_both()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);
        var before = await ReadMeetingAsync(app, 1);
        await EditAsync(session, new() { ["Input.City"] = ["Podgorica"], ["Input.Title"] = ["Wrong title"], ["Input.Reason"] = ["A wrong fix"] });
        var edit = await LatestRevisionAsync(app);

        var form = await session.GetPageAsync($"/revisions/{edit.Id}/revert");
        Assert.Equal($"Revert #{edit.Id}", form.QuerySelector("#field-Reason")!.GetAttribute("value"));
        Assert.Equal(["Title", "City"], Labels(form.QuerySelector(".revert-what")!));
        using var reverted = await session.PostFormAsync($"/revisions/{edit.Id}/revert", "revert", new() { ["Input.Reason"] = ["Undo the wrong fix"] });

        Assert.Equal(HttpStatusCode.Redirect, reverted.StatusCode);
        var revert = await LatestRevisionAsync(app);
        var location = reverted.Headers.Location!;
        Assert.Equal(($"/history/Meeting/1?saved={revert.Id}", $"#revision-{revert.Id}"), (location.PathAndQuery, location.Fragment));
        Assert.Equal((RevisionKind.Revert, edit.Id, "Undo the wrong fix"), (revert.Kind, revert.RevertsRevisionId, revert.Reason));
        var after = await ReadMeetingAsync(app, 1);
        Assert.Equal((before.Title, before.City), (after.Title, after.City));

        var history = await session.GetPageAsync(location.PathAndQuery);
        Assert.Contains($"#{revert.Id}", history.QuerySelector(".notice.saved")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("just-saved", history.QuerySelector($"#revision-{revert.Id}")!.ClassName);
        Assert.Equal($"Reverts #{edit.Id}", history.QuerySelector($"#revision-{revert.Id} .reverts")!.TextContent);
        Assert.Equal($"Reverted by #{revert.Id}", history.QuerySelector($"#revision-{edit.Id} .reverted-by")!.TextContent);
        Assert.Null(history.QuerySelector($"#revision-{edit.Id} a[href$='/revert']"));
        Assert.Equal("revert", history.QuerySelector($"#revision-{revert.Id} .revision-kind")!.TextContent);
    }

    [SkippableFact]
    public async Task A_revert_of_a_field_changed_again_since_shows_what_changed_and_does_nothing()
    {
        await using var app = await AppFactory.OnAsync(provider);
        var (session, first) = await SignInAndEditCityAsync(app);
        using var signedIn = session;
        await EditAsync(session, new() { ["Input.City"] = ["Cetinje"], ["Input.Reason"] = ["second"] });

        using var refused = await session.PostFormAsync($"/revisions/{first.Id}/revert", "revert", new() { ["Input.Reason"] = ["Undo first"] });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var conflict = (await EditorSession.ParseAsync(refused)).QuerySelector(".notice.conflict")!;
        Assert.Contains("Nothing was reverted", conflict.TextContent, StringComparison.Ordinal);
        Assert.Equal(["City"], Labels(conflict));
        Assert.Equal(("Podgorica", "Cetinje"), (conflict.QuerySelector("del")!.TextContent, conflict.QuerySelector("ins")!.TextContent));
        Assert.Equal("Cetinje", (await ReadMeetingAsync(app, 1)).City);
        Assert.Equal(2, await CountRevisionsAsync(app));
    }

    [SkippableFact]
    public async Task A_revert_without_a_reason_is_refused_beside_the_field()
    {
        await using var app = await AppFactory.OnAsync(provider);
        var (session, edit) = await SignInAndEditCityAsync(app);
        using var signedIn = session;

        using var refused = await session.PostFormAsync($"/revisions/{edit.Id}/revert", "revert", new() { ["Input.Reason"] = ["   "] });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await EditorSession.ParseAsync(refused);
        Assert.NotNull(page.QuerySelector("#error-Reason"));
        Assert.Contains("error-Reason", page.QuerySelector("#field-Reason")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal("Podgorica", (await ReadMeetingAsync(app, 1)).City);
        Assert.Equal(1, await CountRevisionsAsync(app));
    }

    [SkippableFact]
    public async Task Unknown_revisions_and_records_are_404()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);

        await session.GetPageAsync("/revisions/999999/revert", HttpStatusCode.NotFound);
        await session.GetPageAsync("/revisions/999999", HttpStatusCode.NotFound);
        await session.GetPageAsync("/history/Meeting/999999", HttpStatusCode.NotFound);
        await session.GetPageAsync("/history/Nonsense/1", HttpStatusCode.NotFound);

        // A record nobody has corrected has an empty history, which says so.
        Assert.Contains("No editor has changed this record", (await session.GetPageAsync("/history/Meeting/2")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("/history/Meeting/1?page=abc&saved=x")]
    [InlineData("/history/Meeting/1?page=99999999999&saved=-1")]
    [InlineData("/changes?page=abc")]
    [InlineData("/changes?page=-2")]
    [InlineData("/changes?page=99999999999")]
    public async Task A_page_number_that_is_not_one_shows_the_first_page(string url)
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app, name: "Erin Editor");
        await EditAsync(session, new() { ["Input.Title"] = ["Mark Rutte meets Dritan Abazović"], ["Input.Reason"] = ["Rutte held the office then"] });

        var page = await EditorSession.Anonymous(app).GetPageAsync(url);

        Assert.Contains("Rutte held the office then", page.QuerySelector(".history .revision-reason")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".saved"));
    }

    [SkippableFact]
    public async Task Recent_changes_list_every_edit_and_filter_by_record_type_and_editor()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var erin = await EditorSession.SignInAsync(app, name: "Erin Editor");
        using var oskar = await EditorSession.SignInAsync(app, name: "Oskar Other");
        await EditAsync(erin, new() { ["Input.City"] = ["Podgorica"], ["Input.Reason"] = ["From the caption"] });
        using (var saved = await oskar.PostFormAsync("/meetings/2/edit", "edit-meeting", new() { ["Input.Venue"] = ["NATO headquarters"], ["Input.Reason"] = ["Venue from the photo"] }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var reader = EditorSession.Anonymous(app);
        var all = await reader.GetPageAsync("/changes");
        var byOskar = await reader.GetPageAsync("/changes?type=Meeting&editor=Oskar+Other");
        var people = await reader.GetPageAsync("/changes?type=Person");

        Assert.Equal(["Venue from the photo", "From the caption"], all.QuerySelectorAll(".recent-changes > li .revision-reason q").Select(q => q.TextContent));
        var latest = all.QuerySelector(".recent-changes > li")!;
        Assert.Equal("/meetings/2", latest.QuerySelector(".revision-head a[href^='/meetings/']")!.GetAttribute("href"));
        Assert.Contains("Changed: Venue", latest.QuerySelector(".revision-fields")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Oskar Other"], byOskar.QuerySelectorAll(".recent-changes .editor").Select(e => e.TextContent));
        Assert.Equal("Oskar Other", byOskar.QuerySelector("#filter-editor option[selected]")!.TextContent);
        Assert.Empty(people.QuerySelectorAll(".recent-changes > li"));
        Assert.Contains("No changes match", people.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(all.QuerySelector("footer a[href='/changes']"));
    }

    [SkippableFact]
    public async Task The_meeting_page_marks_only_the_corrected_values_and_links_them_to_the_history()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);
        using var reader = EditorSession.Anonymous(app);
        Assert.Empty((await reader.GetPageAsync("/meetings/1")).QuerySelectorAll("a.corrected"));

        await EditAsync(session, new() { ["Input.City"] = ["Podgorica"], ["Input.Date"] = ["2024-12"], ["Input.Reason"] = ["From the caption"] });
        var page = await reader.GetPageAsync("/meetings/1");

        var marks = page.QuerySelectorAll("a.corrected");
        Assert.Equal(["value-meeting-date", "value-meeting-city"], marks.Select(m => m.Closest("dd")?.Id));
        Assert.All(marks, m => Assert.Equal(History, m.GetAttribute("href")));
        Assert.All(marks, m => Assert.Equal("corrected by an editor", m.TextContent));

        // The API and the exports say the same of the date.
        using var api = await reader.Client.GetAsync(new Uri("/api/meetings/1", UriKind.Relative));
        using var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        Assert.Equal("corrected", json.RootElement.GetProperty("dateOrigin").GetString());
    }

    [SkippableFact]
    public async Task A_participant_an_editor_chose_links_its_corrected_mark_to_the_history()
    {
        await using var app = await AppFactory.OnAsync(provider);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>();
            var participant = await db.Participations.Where(p => p.MeetingId == 1).OrderBy(p => p.Id).FirstAsync();
            participant.NameOrigin = ValueOrigin.Edited;
            await db.SaveChangesAsync();
        }

        var page = await app.GetPageAsync("/meetings/1");

        var mark = Assert.Single(page.QuerySelectorAll(".participants .origin-edited"));
        Assert.Equal(("corrected", History), (mark.TextContent, mark.GetAttribute("href")));
    }

    [SkippableFact]
    public async Task The_person_page_marks_a_corrected_name_and_the_person_history_shows_the_change()
    {
        await using var app = await AppFactory.OnAsync(provider);
        int id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>();
            id = await db.People.Where(p => p.Name == "Mark Rutte").Select(p => p.Id).SingleAsync();
            var revision = new Revision { RecordType = nameof(Person), RecordId = id, EditorName = "Erin Editor", Reason = "Spelling", AtUtc = DateTime.UtcNow };
            revision.Changes.Add(new RevisionChange { RecordType = nameof(Person), RecordId = id, Field = nameof(Person.Name), Before = "Mark Rute", After = "Mark Rutte" });
            db.Revisions.Add(revision);
            await db.SaveChangesAsync();
            db.Corrections.Add(new Correction { RecordType = nameof(Person), RecordId = id, Field = nameof(Person.Name), ImportedValue = "Mark Rute", RevisionId = revision.Id });
            await db.SaveChangesAsync();
        }

        var page = await app.GetPageAsync($"/people/{id}");
        var history = await app.GetPageAsync($"/history/Person/{id}");

        var mark = Assert.Single(page.QuerySelectorAll("a.corrected"));
        Assert.Equal(("Name corrected by an editor", $"/history/Person/{id}"), (mark.TextContent, mark.GetAttribute("href")));
        Assert.Equal("History: Mark Rutte", history.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Name"], Labels(history.QuerySelector(".history > li")!));
        Assert.Equal(("Rute", "Rutte"), (history.QuerySelector("del")!.TextContent, history.QuerySelector("ins")!.TextContent));
    }

    // An editor who has just set meeting 1's city to Podgorica, and the revision that did it.
    private static async Task<(EditorSession Session, Revision Edit)> SignInAndEditCityAsync(AppFactory app)
    {
        var session = await EditorSession.SignInAsync(app);
        await EditAsync(session, new() { ["Input.City"] = ["Podgorica"], ["Input.Reason"] = ["first"] });
        return (session, await LatestRevisionAsync(app));
    }

    private static async Task EditAsync(EditorSession session, Dictionary<string, string[]> fields)
    {
        using var saved = await session.PostFormAsync(EditUrl, "edit-meeting", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private static IEnumerable<string> Labels(IElement revision) =>
        revision.QuerySelectorAll("dl.diff > dt").Select(dt => dt.TextContent.Trim());

    private static async Task<Meeting> ReadMeetingAsync(AppFactory app, int id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>().Meetings.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private static async Task<Revision> LatestRevisionAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>().Revisions.AsNoTracking().OrderBy(r => r.Id).LastAsync();
    }

    private static async Task<int> CountRevisionsAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>().Revisions.CountAsync();
    }
}

public sealed class SqliteHistoryTests() : HistoryTests(DatabaseProvider.Sqlite);

[Trait("Category", "PostgreSQL")]
public sealed class PostgresHistoryTests() : HistoryTests(DatabaseProvider.PostgreSQL);
