using System.Net;
using BalkanMeetings.Web.Features.Accounts;
using BalkanMeetings.Web.Tests.Features.Accounts;
using BalkanMeetings.Web.Tests.Features.Editing;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Web.Tests.Startup;

/// <summary>
/// Two instances of the site on one PostgreSQL database, as two machines behind a load balancer run it
/// (docs/deployment.md): each has its own folder (and so its own data-protection home), the database is shared.
/// </summary>
[Trait("Category", "PostgreSQL")]
public sealed class PostgresInstancesTests
{
    private const string EditUrl = "/meetings/1/edit";
    private const string FormName = "edit-meeting";

    [PostgresFact]
    public async Task Two_instances_starting_together_on_an_empty_database_import_the_seeds_once_and_list_the_same_meetings()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        var logs = new LogRecorder();
        await using var first = new AppFactory { PostgresConnectionString = database.ConnectionString, Logs = logs };
        await using var second = new AppFactory { PostgresConnectionString = database.ConnectionString, Logs = logs };

        await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));

        Assert.Single(logs.Messages, m => m.StartsWith("Seed articles imported", StringComparison.Ordinal));
        Assert.Equal(5, await first.QueryAsync(db => db.Articles.CountAsync()));
        var listed = await Task.WhenAll(first.GetPageAsync("/"), second.GetPageAsync("/"));
        var titles = listed.Select(page => string.Join("|", page.QuerySelectorAll("main h2, main h3").Select(h => h.TextContent.Trim()))).ToList();
        Assert.NotEqual(string.Empty, titles[0]);
        Assert.Equal(titles[0], titles[1]);
    }

    [PostgresFact]
    public async Task An_editor_signed_in_on_one_instance_is_signed_in_on_the_other_and_an_edit_there_shows_on_the_first()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        await using var first = new AppFactory { PostgresConnectionString = database.ConnectionString };
        await using var second = new AppFactory { PostgresConnectionString = database.ConnectionString };
        var cookies = new CookieContainer();
        using var onFirst = EditorSession.Through(first, cookies);
        using var onSecond = EditorSession.Through(second, cookies);
        var email = $"editor-{Guid.NewGuid():N}@example.org";
        await EditorSession.AddAccountAsync(first, email, EditorRoles.Editor);

        using (var signIn = await onFirst.SignInAsync(email, EditorSession.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        // The form comes from the second instance, with the cookie the first issued; its token is checked by the first.
        using var saved = await onSecond.PostFormAsync(EditUrl, FormName, new() { ["Input.City"] = ["Cetinje"], ["Input.Reason"] = ["City from the caption"] });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await onFirst.GetPageAsync("/meetings/1");
        Assert.Contains("Cetinje", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await first.QueryAsync(db => db.Revisions.CountAsync()));
    }

    [PostgresFact]
    public async Task A_save_on_one_instance_over_a_change_saved_on_the_other_is_refused_and_loses_nothing()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        await using var first = new AppFactory { PostgresConnectionString = database.ConnectionString };
        await using var second = new AppFactory { PostgresConnectionString = database.ConnectionString };
        using var onFirst = await EditorSession.SignInAsync(first);
        using var onSecond = await EditorSession.SignInAsync(second);
        var openedOnFirst = await onFirst.GetPageAsync(EditUrl);

        using var savedOnSecond = await onSecond.PostFormAsync(EditUrl, FormName, new() { ["Input.City"] = ["Cetinje"], ["Input.Reason"] = ["City from the caption"] });
        Assert.Equal(HttpStatusCode.Redirect, savedOnSecond.StatusCode);
        using var refused = await onFirst.PostAsync(EditUrl, EditorSession.Fields(openedOnFirst, FormName, new() { ["Input.City"] = ["Budva"], ["Input.Reason"] = ["City from the dateline"] }));

        var conflict = await EditorSession.ParseAsync(refused);
        Assert.NotNull(conflict.QuerySelector(".conflict"));
        Assert.Equal("Cetinje", await first.QueryAsync(db => db.Meetings.Where(m => m.Id == 1).Select(m => m.City).SingleAsync()));
        Assert.Equal(1, await first.QueryAsync(db => db.Revisions.CountAsync()));
    }

    [PostgresFact]
    public async Task Failed_sign_ins_on_either_instance_count_together_and_lock_the_account_on_both()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        await using var first = new AppFactory { PostgresConnectionString = database.ConnectionString };
        await using var second = new AppFactory { PostgresConnectionString = database.ConnectionString };
        await EditorSession.AddAccountAsync(first, "locked@example.org", EditorRoles.Editor);
        using var onFirst = EditorSession.Anonymous(first);
        using var onSecond = EditorSession.Anonymous(second);

        for (var attempt = 0; attempt < AccountServices.MaxFailedSignIns; attempt++)
        {
            using var failed = await (attempt % 2 == 0 ? onFirst : onSecond).SignInAsync("locked@example.org", "guess number " + attempt);
            Assert.Null(EditorSession.SignInCookie(failed));
        }

        foreach (var session in new[] { onFirst, onSecond })
        {
            using var right = await session.SignInAsync("locked@example.org", EditorSession.Password);
            Assert.Null(EditorSession.SignInCookie(right));
        }
    }

    [PostgresFact]
    public async Task Health_fails_once_the_database_is_gone_and_pages_answer_without_a_stack_trace()
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        await using var app = new AppFactory { PostgresConnectionString = database.ConnectionString, Environment = "Production" };
        using var client = app.CreateClient();
        using (var healthy = await client.GetAsync(new Uri("/health", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        }

        await database.DisposeAsync();

        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync());
        using var page = await client.GetAsync(new Uri("/meetings/1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.DoesNotContain("Npgsql", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task The_second_instance_waits_while_the_first_holds_the_advisory_lock()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        await ConcurrentStartTests.AssertTheSecondWaitsForTheFirstAsync(database.Settings);
    }
}
