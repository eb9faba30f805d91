using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using BalkanMeetings.Web.Tests.Features.Accounts;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BalkanMeetings.Web.Tests.Site;

/// <summary>
/// What readers are answered is kept per address and data version (docs/browsing.md#caching): asked again, a page costs
/// one read of the version, on a connection of its own, and no query through EF; after a write it is made afresh; an
/// editor never gets it. The tests that neither write nor watch the queries share the class's app.
/// </summary>
public abstract class ReaderAnswerCacheTests(SeededApp seeded)
{
    [SkippableTheory]
    [InlineData("/?country=ME&from=2020")]
    [InlineData("/search?q=stoltenberg")]
    [InlineData("/meetings/1")]
    [InlineData("/api/meetings?facets=true")]
    [InlineData("/export/meetings.csv?country=ME")]
    public async Task A_page_asked_for_again_runs_no_query_through_EF_and_is_the_same(string url)
    {
        var log = new Queries();
        await using var app = await AppFactory.OnAsync(seeded.Provider, interceptors: [log]);
        using var reader = EditorSession.Anonymous(app);

        var first = await reader.Client.GetStringAsync(new Uri(url, UriKind.Relative));
        log.Texts.Clear();
        var again = await reader.Client.GetStringAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(first, again);
        Assert.Empty(log.Texts);
    }

    [SkippableFact]
    public async Task A_kept_answer_is_sent_with_the_cache_control_of_its_endpoint()
    {
        var app = seeded.App;
        using var reader = EditorSession.Anonymous(app);

        using var api = await reader.Client.GetAsync(new Uri("/api/countries", UriKind.Relative));
        using var apiAgain = await reader.Client.GetAsync(new Uri("/api/countries", UriKind.Relative));
        await reader.Client.GetStringAsync(new Uri("/countries/ME", UriKind.Relative));
        using var pageAgain = await reader.Client.GetAsync(new Uri("/countries/ME", UriKind.Relative));

        Assert.Equal(api.Headers.CacheControl, apiAgain.Headers.CacheControl);
        Assert.Equal(TimeSpan.FromSeconds(60), apiAgain.Headers.CacheControl!.MaxAge);
        Assert.Equal("*", Assert.Single(apiAgain.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.True(pageAgain.Headers.CacheControl!.NoCache);
    }

    [SkippableFact]
    public async Task A_page_kept_before_an_edit_is_made_afresh_after_it()
    {
        await using var app = await AppFactory.OnAsync(seeded.Provider);
        using var reader = EditorSession.Anonymous(app);
        var before = await reader.Client.GetStringAsync(new Uri("/meetings/1", UriKind.Relative));

        using (var editor = await EditorSession.SignInAsync(app))
        {
            using var saved = await editor.PostFormAsync("/meetings/1/edit", "edit-meeting", new() { ["Input.City"] = ["Cetinje"], ["Input.Reason"] = ["From the caption"] });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var after = await reader.Client.GetStringAsync(new Uri("/meetings/1", UriKind.Relative));

        Assert.DoesNotContain("Cetinje", before, StringComparison.Ordinal);
        Assert.Contains("Cetinje", after, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_editor_gets_their_own_page_not_the_one_kept_for_readers()
    {
        var app = seeded.App;
        using var reader = EditorSession.Anonymous(app);
        await reader.Client.GetStringAsync(new Uri("/meetings/1", UriKind.Relative));
        await reader.Client.GetStringAsync(new Uri("/meetings/1", UriKind.Relative));
        using var editor = await EditorSession.SignInAsync(app);

        var page = await editor.Client.GetStringAsync(new Uri("/meetings/1", UriKind.Relative));

        Assert.Contains("/meetings/1/edit", page, StringComparison.Ordinal);
    }

    private sealed class Queries : DbCommandInterceptor
    {
        public ConcurrentQueue<string> Texts { get; } = new();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Texts.Enqueue(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}

public sealed class SqliteReaderAnswerCacheTests(SeededApp seeded) : ReaderAnswerCacheTests(seeded), IClassFixture<SeededApp>;

[Trait("Category", "PostgreSQL")]
public sealed class PostgresReaderAnswerCacheTests(PostgresSeededApp seeded) : ReaderAnswerCacheTests(seeded), IClassFixture<PostgresSeededApp>;
