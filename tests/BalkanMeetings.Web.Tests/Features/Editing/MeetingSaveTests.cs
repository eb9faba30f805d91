using System.Data.Common;
using System.Net;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Web.Tests.Features.Accounts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BalkanMeetings.Web.Tests.Features.Editing;

/// <summary>How the meeting form's save reads, writes, and answers when it cannot write (docs/editing.md#how-saves-work).</summary>
public abstract class MeetingSaveTests(DatabaseProvider provider)
{
    protected const string EditUrl = "/meetings/1/edit";
    protected const string FormName = "edit-meeting";

    [SkippableFact]
    public async Task Saving_again_after_a_conflict_writes_the_editors_own_changes_and_keeps_the_other_editors()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var first = await EditorSession.SignInAsync(app);
        using var second = await EditorSession.SignInAsync(app);
        var secondForm = await second.GetPageAsync(EditUrl);
        using var firstSave = await first.PostFormAsync(EditUrl, FormName, new() { ["Input.City"] = ["Cetinje"], ["Input.Topics"] = [], ["Input.Reason"] = ["City and topics from the caption"] });
        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        var topicsAfterFirst = await app.QueryAsync(db => db.MeetingTopics.Where(t => t.MeetingId == 1).CountAsync());

        using var refused = await second.PostAsync(EditUrl, EditorSession.Fields(secondForm, FormName, new() { ["Input.Title"] = ["Retitled by the second editor"], ["Input.Reason"] = ["Title from the headline"] }));
        var conflict = await EditorSession.ParseAsync(refused);
        Assert.NotNull(conflict.QuerySelector(".conflict"));
        Assert.Equal("Cetinje", conflict.QuerySelector("#field-City")!.GetAttribute("value"));
        using var again = await second.PostAsync(EditUrl, EditorSession.Fields(conflict, FormName, []));

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var meeting = await app.QueryAsync(db => db.Meetings.AsNoTracking().SingleAsync(m => m.Id == 1));
        Assert.Equal(("Retitled by the second editor", "Cetinje"), (meeting.Title, meeting.City));
        Assert.Equal(topicsAfterFirst, await app.QueryAsync(db => db.MeetingTopics.Where(t => t.MeetingId == 1).CountAsync()));
        var revision = await app.QueryAsync(db => db.Revisions.Include(r => r.Changes).OrderBy(r => r.Id).LastAsync());
        Assert.Equal(["Title"], revision.Changes.Select(c => c.Field));
    }

    [SkippableFact]
    public async Task A_posted_form_reads_the_meeting_once_to_save_it()
    {
        var log = new MeetingReads();
        await using var app = await AppFactory.OnAsync(provider, interceptors: [log]);
        using var session = await EditorSession.SignInAsync(app);
        var form = await session.GetPageAsync(EditUrl);
        log.Count = 0;

        using var saved = await session.PostAsync(EditUrl, EditorSession.Fields(form, FormName, new() { ["Input.City"] = ["Podgorica"], ["Input.Reason"] = ["From the caption"] }));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // The meeting and its four lists, read once in a split query.
        Assert.Equal(5, log.Count);
    }

    // Counts the commands that read the Meetings table.
    private sealed class MeetingReads : DbCommandInterceptor
    {
        public int Count { get; set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.Ordinal) && command.CommandText.Contains("\"Meetings\" AS", StringComparison.Ordinal))
            {
                Count++;
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}

/// <summary>
/// Also the tests that hold SQLite's one database-wide write lock and cap its file with a pragma: PostgreSQL has
/// neither (it locks rows), so they run on SQLite only.
/// </summary>
public sealed class SqliteMeetingSaveTests() : MeetingSaveTests(DatabaseProvider.Sqlite)
{
    [Fact]
    public async Task A_save_while_another_write_holds_the_database_answers_try_again_and_changes_nothing()
    {
        await using var app = new AppFactory { Settings = new Dictionary<string, string?> { ["Editing:LockWait"] = "00:00:00.300" } };
        using var session = await EditorSession.SignInAsync(app);
        var form = await session.GetPageAsync(EditUrl);
        var city = await app.QueryAsync(db => db.Meetings.Where(m => m.Id == 1).Select(m => m.City).SingleAsync());

        // A real file, held as an import's batch holds it: a write transaction on a connection of its own.
        await using (var import = new SqliteConnection($"Data Source={app.DatabasePath};Pooling=False"))
        {
            await import.OpenAsync();
            await using (var begin = import.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE";
                await begin.ExecuteNonQueryAsync();
            }

            using var busy = await session.PostAsync(EditUrl, EditorSession.Fields(form, FormName, new() { ["Input.City"] = ["Podgorica"], ["Input.Reason"] = ["From the caption"] }));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
            Assert.NotNull(busy.Headers.RetryAfter);
            var page = await EditorSession.ParseAsync(busy);
            Assert.Contains("Nothing was saved", page.QuerySelector(".notice.error")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("save again in a moment", page.QuerySelector(".notice.error")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("Podgorica", page.QuerySelector("#field-City")!.GetAttribute("value"));
        }

        Assert.Equal(city, await app.QueryAsync(db => db.Meetings.Where(m => m.Id == 1).Select(m => m.City).SingleAsync()));
        Assert.Equal(0, await app.QueryAsync(db => db.Revisions.CountAsync()));
        using var saved = await session.PostAsync(EditUrl, EditorSession.Fields(form, FormName, new() { ["Input.City"] = ["Podgorica"], ["Input.Reason"] = ["From the caption"] }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    [Fact]
    public async Task A_save_the_disk_has_no_room_for_says_it_was_not_written_and_changes_nothing()
    {
        var full = new FullDisk();
        await using var app = new AppFactory { Interceptors = [full] };
        using var session = await EditorSession.SignInAsync(app);
        var form = await session.GetPageAsync(EditUrl);
        var before = await app.QueryAsync(db => db.Meetings.AsNoTracking().SingleAsync(m => m.Id == 1));
        full.IsFull = true;

        using var refused = await session.PostAsync(EditUrl, EditorSession.Fields(form, FormName, new() { ["Input.Summary"] = [new string('x', 4000)], ["Input.Reason"] = ["The whole communiqué"] }));

        full.IsFull = false;
        Assert.Equal(HttpStatusCode.InsufficientStorage, refused.StatusCode);
        var notice = (await EditorSession.ParseAsync(refused)).QuerySelector(".notice.error")!.TextContent;
        Assert.Contains("could not be written", notice, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", notice, StringComparison.Ordinal);
        Assert.Equal(before.Summary, await app.QueryAsync(db => db.Meetings.Where(m => m.Id == 1).Select(m => m.Summary).SingleAsync()));
        Assert.Equal(0, await app.QueryAsync(db => db.Revisions.CountAsync()));
    }

    // While full, each connection the app opens may not grow the database beyond the pages it has, as on a full disk.
    private sealed class FullDisk : DbConnectionInterceptor
    {
        public bool IsFull { get; set; }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            if (!IsFull)
            {
                return;
            }

            await using var limit = connection.CreateCommand();
            limit.CommandText = "SELECT page_count FROM pragma_page_count()";
            var pages = (long)(await limit.ExecuteScalarAsync(cancellationToken))!;
            limit.CommandText = $"PRAGMA max_page_count = {pages}";
            await limit.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}

[Trait("Category", "PostgreSQL")]
public sealed class PostgresMeetingSaveTests() : MeetingSaveTests(DatabaseProvider.PostgreSQL);
