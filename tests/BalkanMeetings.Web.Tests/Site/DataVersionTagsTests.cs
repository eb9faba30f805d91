using System.Net;
using System.Net.Http.Headers;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Web.Tests.Features.Accounts;
using BalkanMeetings.Web.Tests.Features.Editing;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Web.Tests.Site;

/// <summary>
/// Readers' pages, exports and API answers carry an entity tag of the data version (docs/browsing.md#caching): the
/// same request with the tag answers 304, and after any kind of write the tag changes and the new content shows. The
/// tests that only read share the class's app; each that writes has one of its own.
/// </summary>
public abstract class DataVersionTagsTests(SeededApp seeded)
{
    private const string MeetingForm = "edit-meeting";

    [SkippableTheory]
    [InlineData("/")]
    [InlineData("/?country=ME&from=2020")]
    [InlineData("/search?q=stoltenberg")]
    [InlineData("/meetings/1")]
    [InlineData("/countries/ME")]
    [InlineData("/topics")]
    [InlineData("/api/meetings?facets=true")]
    [InlineData("/export/meetings.csv?country=ME")]
    [InlineData("/export/meetings.json")]
    public async Task A_reader_gets_a_weak_tag_and_the_same_request_with_it_answers_304_without_a_body(string url)
    {
        var app = seeded.App;
        using var reader = EditorSession.Anonymous(app);

        using var first = await reader.Client.GetAsync(new Uri(url, UriKind.Relative));
        var tag = first.Headers.ETag!;
        using var again = await ConditionalGetAsync(reader, url, tag);
        using var other = await reader.Client.GetAsync(new Uri(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "size=10", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(tag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(tag, again.Headers.ETag);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.NotEqual(tag, other.Headers.ETag);
    }

    [SkippableFact]
    public async Task Pages_say_to_ask_again_each_time_and_a_signed_in_editor_gets_no_tag()
    {
        var app = seeded.App;
        using var reader = EditorSession.Anonymous(app);
        using var editor = await EditorSession.SignInAsync(app);

        using var forReader = await reader.Client.GetAsync(new Uri("/meetings/1", UriKind.Relative));
        using var forEditor = await editor.Client.GetAsync(new Uri("/meetings/1", UriKind.Relative));
        using var conditional = await ConditionalGetAsync(editor, "/meetings/1", forReader.Headers.ETag!);

        Assert.Equal("no-cache", forReader.Headers.CacheControl!.ToString());
        Assert.Null(forEditor.Headers.ETag);
        Assert.True(forEditor.Headers.CacheControl!.NoStore);
        Assert.Equal(HttpStatusCode.OK, conditional.StatusCode);
        Assert.Contains("/meetings/1/edit", await conditional.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task After_an_edit_the_tag_changes_and_the_page_shows_the_new_value()
    {
        await using var app = await AppFactory.OnAsync(seeded.Provider);

        var page = await AfterWriteAsync(app, "/meetings/1", session => SaveCityAsync(session, "Cetinje"));

        Assert.Contains("Cetinje", page, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task After_a_revert_the_tag_changes_and_the_page_shows_the_old_value_again()
    {
        await using var app = await AppFactory.OnAsync(seeded.Provider);
        using (var session = await EditorSession.SignInAsync(app))
        {
            await SaveCityAsync(session, "Cetinje");
        }

        var revision = await app.QueryAsync(db => db.Revisions.MaxAsync(r => r.Id));
        var page = await AfterWriteAsync(app, "/meetings/1", session => PostAsync(session, $"/revisions/{revision}/revert", "revert", new() { ["Input.Reason"] = ["Not Cetinje"] }));

        Assert.DoesNotContain("Cetinje", page, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task After_a_merge_and_a_split_the_tag_changes_and_the_list_counts_the_meetings_there_now_are()
    {
        await using var app = await AppFactory.OnAsync(seeded.Provider);
        var meetings = await app.QueryAsync(db => db.Meetings.CountAsync());

        var merged = await AfterWriteAsync(app, "/", session => PostAsync(session, "/meetings/4/merge?other=6", "merge-meeting", new() { ["Input.Reason"] = ["One visit"] }));
        var split = await AfterWriteAsync(app, "/", session => PostAsync(session, "/meetings/4/split", "split-meeting", new() { ["Input.Articles"] = ["5"], ["Input.Reason"] = ["Two visits after all"] }));

        Assert.Contains($">{meetings - 1} meetings<", merged, StringComparison.Ordinal);
        Assert.Contains($">{meetings} meetings<", split, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task After_a_flag_is_resolved_the_tag_changes_and_the_meeting_page_shows_the_resolution()
    {
        await using var app = await AppFactory.OnAsync(seeded.Provider);
        var flag = await app.QueryAsync(db => db.ReviewFlags.Where(f => f.MeetingId == 1 && f.Status == FlagStatus.Open).MinAsync(f => f.Id));

        var page = await AfterWriteAsync(app, "/meetings/1", session => PostAsync(
            session, $"/review/{flag}", "resolve-flag", new() { ["Input.Outcome"] = ["Dismissed"], ["Input.ResolutionNote"] = ["Checked with the office list"] }));

        Assert.Contains("Checked with the office list", page, StringComparison.Ordinal);
    }

    /// <summary>Reads the page as a reader, makes the write as an editor, and reads it again with the first tag.</summary>
    private static async Task<string> AfterWriteAsync(AppFactory app, string url, Func<EditorSession, Task> write)
    {
        using var reader = EditorSession.Anonymous(app);
        using var first = await reader.Client.GetAsync(new Uri(url, UriKind.Relative));
        var tag = first.Headers.ETag!;
        using (var unchanged = await ConditionalGetAsync(reader, url, tag))
        {
            Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        }

        using (var session = await EditorSession.SignInAsync(app))
        {
            await write(session);
        }

        using var changed = await ConditionalGetAsync(reader, url, tag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag);
        return await changed.Content.ReadAsStringAsync();
    }

    private static Task SaveCityAsync(EditorSession session, string city) =>
        PostAsync(session, "/meetings/1/edit", MeetingForm, new() { ["Input.City"] = [city], ["Input.Reason"] = ["From the caption"] });

    private static async Task PostAsync(EditorSession session, string url, string form, Dictionary<string, string[]> fields)
    {
        using var response = await session.PostFormAsync(url, form, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static Task<HttpResponseMessage> ConditionalGetAsync(EditorSession session, string url, EntityTagHeaderValue tag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.IfNoneMatch.Add(tag);
        return session.Client.SendAsync(request);
    }
}

public sealed class SqliteDataVersionTagsTests(SeededApp seeded) : DataVersionTagsTests(seeded), IClassFixture<SeededApp>;

[Trait("Category", "PostgreSQL")]
public sealed class PostgresDataVersionTagsTests(PostgresSeededApp seeded) : DataVersionTagsTests(seeded), IClassFixture<PostgresSeededApp>;
