using System.Net;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Reference;
using BalkanMeetings.Web.Tests.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BalkanMeetings.Web.Tests.Features.Editing;

// Who may post these forms (anonymous visitors, missing or forged antiforgery tokens, disabled accounts) is tested for
// every editing page by the authorization matrix (Features/Authorization).
public abstract class MergeAndSplitTests(DatabaseProvider provider)
{
    // Seed person 2 is Jens Stoltenberg; seed meetings 4 and 6 are one visit to Sarajevo read from articles 4 and 5.
    private const int Stoltenberg = 2;

    [SkippableFact]
    public async Task An_editor_finds_a_duplicate_person_by_name_compares_and_merges_and_the_old_address_leads_to_the_kept_person()
    {
        await using var app = await AppFactory.OnAsync(provider);
        var duplicate = await AddDuplicateAsync(app);
        using var session = await EditorSession.SignInAsync(app);

        var found = await session.GetPageAsync($"/people/{Stoltenberg}/merge?name=STOLTENB");
        var choice = Assert.Single(found.QuerySelectorAll(".merge-choices li"));
        Assert.Contains("1 meeting", choice.TextContent, StringComparison.Ordinal);
        var compareUrl = choice.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal($"/people/{Stoltenberg}/merge?other={duplicate}", compareUrl);

        var compare = await session.GetPageAsync(compareUrl);
        var meetings = compare.QuerySelectorAll(".merge-compare tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Meetings");
        Assert.Equal(["2", "1"], meetings.QuerySelectorAll("td").Select(td => td.TextContent));

        using var merged = await session.PostFormAsync(compareUrl, "merge-person", new() { ["Input.Reason"] = ["Same man, initial only"] });

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal($"/people/{Stoltenberg}", merged.Headers.Location!.AbsolutePath);
        using var anonymous = EditorSession.Anonymous(app);
        using var oldAddress = await anonymous.Client.GetAsync(new Uri($"/people/{duplicate}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, oldAddress.StatusCode);
        Assert.Equal($"/people/{Stoltenberg}", oldAddress.Headers.Location!.AbsolutePath);
        using var oldApiAddress = await anonymous.Client.GetAsync(new Uri($"/api/people/{duplicate}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, oldApiAddress.StatusCode);
        Assert.Equal($"/api/people/{Stoltenberg}", oldApiAddress.Headers.Location!.AbsolutePath);
        var kept = await anonymous.GetPageAsync($"/people/{Stoltenberg}");
        Assert.Contains("J. Stoltenberg", kept.QuerySelector(".aliases")!.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_person_merge_is_in_both_histories_and_reverting_it_brings_the_duplicate_back_at_its_address()
    {
        await using var app = await AppFactory.OnAsync(provider);
        var duplicate = await AddDuplicateAsync(app);
        using var session = await EditorSession.SignInAsync(app);
        using (var merged = await session.PostFormAsync($"/people/{Stoltenberg}/merge?other={duplicate}", "merge-person", new() { ["Input.Reason"] = ["Same man"] }))
        {
            Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        }

        var revision = await QueryAsync(app, db => db.Revisions.Select(r => r.Id).SingleAsync());
        Assert.Contains("Merged into person", (await session.GetPageAsync($"/history/Person/{duplicate}")).QuerySelector(".history")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("J. Stoltenberg", (await session.GetPageAsync($"/history/Person/{Stoltenberg}")).QuerySelector(".history")!.TextContent, StringComparison.Ordinal);

        using var reverted = await session.PostFormAsync($"/revisions/{revision}/revert", "revert", new() { ["Input.Reason"] = ["Two people after all"] });

        Assert.Equal(HttpStatusCode.Redirect, reverted.StatusCode);
        using var anonymous = EditorSession.Anonymous(app);
        Assert.Equal("J. Stoltenberg", (await anonymous.GetPageAsync($"/people/{duplicate}")).QuerySelector("h1")!.TextContent);
        using var api = await anonymous.Client.GetAsync(new Uri($"/api/people/{duplicate}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(duplicate, await QueryAsync(app, db => db.Participations.Where(p => p.Id == 1).Select(p => p.PersonId).SingleAsync()));
    }

    [SkippableFact]
    public async Task A_person_merge_into_themselves_or_without_a_reason_says_what_to_fix_and_merges_nothing()
    {
        await using var app = await AppFactory.OnAsync(provider);
        var duplicate = await AddDuplicateAsync(app);
        using var session = await EditorSession.SignInAsync(app);
        var url = $"/people/{Stoltenberg}/merge?other={duplicate}";

        using var itself = await session.PostFormAsync(url, "merge-person", new() { ["Input.Other"] = [$"{Stoltenberg}"], ["Input.Reason"] = ["Testing"] });
        using var unexplained = await session.PostFormAsync(url, "merge-person", new() { ["Input.Reason"] = [""] });

        Assert.Equal(HttpStatusCode.OK, itself.StatusCode);
        Assert.Contains("themselves", (await EditorSession.ParseAsync(itself)).QuerySelector("#error-Other")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, unexplained.StatusCode);
        Assert.NotNull((await EditorSession.ParseAsync(unexplained)).QuerySelector("#error-Reason"));
        Assert.True(await QueryAsync(app, db => db.People.AnyAsync(p => p.Id == duplicate)));
        Assert.Equal(0, await QueryAsync(app, db => db.Revisions.CountAsync()));
    }

    [SkippableFact]
    public async Task An_editor_merges_a_suggested_meeting_and_its_old_address_leads_to_the_kept_meeting()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);

        var choose = await session.GetPageAsync("/meetings/4/merge");
        Assert.Equal(["/meetings/4/merge?other=6"], choose.QuerySelectorAll(".merge-choices a").Select(a => a.GetAttribute("href")));
        var compare = await session.GetPageAsync("/meetings/4/merge?other=6");
        var titles = compare.QuerySelectorAll(".merge-compare tbody tr")[0].QuerySelectorAll("td").Select(td => td.TextContent);
        Assert.Equal(["Mark Rutte in Sarajevo", "NATO Secretary General in Sarajevo"], titles);

        using var merged = await session.PostFormAsync("/meetings/4/merge?other=6", "merge-meeting", new() { ["Input.Reason"] = ["One visit, two articles"] });

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal("/meetings/4", merged.Headers.Location!.AbsolutePath);
        using var anonymous = EditorSession.Anonymous(app);
        using var oldAddress = await anonymous.Client.GetAsync(new Uri("/meetings/6", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, oldAddress.StatusCode);
        Assert.Equal("/meetings/4", oldAddress.Headers.Location!.AbsolutePath);
        using var oldApiAddress = await anonymous.Client.GetAsync(new Uri("/api/meetings/6", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, oldApiAddress.StatusCode);
        Assert.Equal("/api/meetings/4", oldApiAddress.Headers.Location!.AbsolutePath);
        using var neverThere = await anonymous.Client.GetAsync(new Uri("/api/meetings/999", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, neverThere.StatusCode);
        Assert.Equal([4, 5], await QueryAsync(app, db => db.MeetingSources.Where(s => s.MeetingId == 4).OrderBy(s => s.ArticleId).Select(s => s.ArticleId).ToListAsync()));
    }

    [SkippableFact]
    public async Task A_meeting_number_that_is_not_a_number_is_shown_back_with_what_to_fix()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);

        var page = await session.GetPageAsync("/meetings/4/merge?other=six");

        Assert.Equal("This is not a record's number: give the digits at the end of its address.", page.QuerySelector("#error-Other")!.TextContent);
        Assert.Equal("six", page.QuerySelector("#field-Other")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector(".merge-compare"));
    }

    [SkippableFact]
    public async Task A_meeting_merge_with_itself_one_not_there_or_no_reason_says_what_to_fix_and_merges_nothing()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);

        var missing = await session.GetPageAsync("/meetings/4/merge?other=999999");
        using var itself = await session.PostFormAsync("/meetings/4/merge?other=6", "merge-meeting", new() { ["Input.Other"] = ["4"], ["Input.Reason"] = ["Testing"] });
        using var unexplained = await session.PostFormAsync("/meetings/4/merge?other=6", "merge-meeting", new() { ["Input.Reason"] = [" "] });

        Assert.Contains("no such meeting", missing.QuerySelector("#error-Other")!.TextContent, StringComparison.Ordinal);
        Assert.Null(missing.QuerySelector(".merge-compare"));
        Assert.Equal(HttpStatusCode.OK, itself.StatusCode);
        Assert.Contains("itself", (await EditorSession.ParseAsync(itself)).QuerySelector("#error-Other")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await EditorSession.ParseAsync(unexplained)).QuerySelector("#error-Reason"));
        Assert.Equal(6, await QueryAsync(app, db => db.Meetings.CountAsync()));
        Assert.Equal(0, await QueryAsync(app, db => db.Revisions.CountAsync()));
    }

    [SkippableFact]
    public async Task An_editor_splits_articles_off_a_merged_meeting_into_a_new_one()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);
        using (var merged = await session.PostFormAsync("/meetings/4/merge?other=6", "merge-meeting", new() { ["Input.Reason"] = ["One visit"] }))
        {
            Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        }

        var meeting = await session.GetPageAsync("/meetings/4");
        Assert.NotNull(meeting.QuerySelector(".crumbs a[href='/meetings/4/split']"));
        var form = await session.GetPageAsync("/meetings/4/split");
        Assert.Equal(["4", "5"], form.QuerySelectorAll("input[name='Input.Articles']").Select(i => i.GetAttribute("value")));

        using var split = await session.PostFormAsync("/meetings/4/split", "split-meeting", new() { ["Input.Articles"] = ["5"], ["Input.Reason"] = ["Two visits after all"] });

        Assert.Equal(HttpStatusCode.Redirect, split.StatusCode);
        var created = int.Parse(split.Headers.Location!.AbsolutePath["/meetings/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal([5], await QueryAsync(app, db => db.MeetingSources.Where(s => s.MeetingId == created).Select(s => s.ArticleId).ToListAsync()));
        Assert.Equal([4], await QueryAsync(app, db => db.MeetingSources.Where(s => s.MeetingId == 4).Select(s => s.ArticleId).ToListAsync()));
        Assert.Equal("Mark Rutte in Sarajevo", (await session.GetPageAsync($"/meetings/{created}")).QuerySelector("h1")!.TextContent);
    }

    [SkippableFact]
    public async Task A_split_choosing_no_article_or_every_one_says_what_to_fix_and_a_single_source_meeting_offers_none()
    {
        await using var app = await AppFactory.OnAsync(provider);
        await QueryAsync(app, async db =>
        {
            db.MeetingSources.Add(new MeetingSource { MeetingId = 4, ArticleId = 5 });
            return await db.SaveChangesAsync();
        });
        using var session = await EditorSession.SignInAsync(app);

        using var none = await session.PostFormAsync("/meetings/4/split", "split-meeting", new() { ["Input.Reason"] = ["Testing"] });
        using var all = await session.PostFormAsync("/meetings/4/split", "split-meeting", new() { ["Input.Articles"] = ["4", "5"], ["Input.Reason"] = ["Testing"] });
        var single = await session.GetPageAsync("/meetings/1/split");

        Assert.Contains("Choose the articles", (await EditorSession.ParseAsync(none)).QuerySelector("#error-Articles")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Leave at least one", (await EditorSession.ParseAsync(all)).QuerySelector("#error-Articles")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(single.QuerySelectorAll("input[name='Input.Articles']"));
        Assert.Null((await session.GetPageAsync("/meetings/1")).QuerySelector(".crumbs a[href='/meetings/1/split']"));
        Assert.Equal(6, await QueryAsync(app, db => db.Meetings.CountAsync()));
    }

    [SkippableTheory]
    [InlineData("/people/999999/merge")]
    [InlineData("/meetings/999999/merge")]
    [InlineData("/meetings/999999/split")]
    public async Task The_pages_of_records_not_there_are_404(string url)
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);

        await session.GetPageAsync(url, HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task Editors_see_the_merge_links_and_readers_do_not()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);
        using var anonymous = EditorSession.Anonymous(app);

        Assert.NotNull((await session.GetPageAsync($"/people/{Stoltenberg}")).QuerySelector($"a[href='/people/{Stoltenberg}/merge']"));
        Assert.NotNull((await session.GetPageAsync("/meetings/4")).QuerySelector("a[href='/meetings/4/merge']"));
        Assert.Null((await anonymous.GetPageAsync($"/people/{Stoltenberg}")).QuerySelector($"a[href='/people/{Stoltenberg}/merge']"));
        Assert.Null((await anonymous.GetPageAsync("/meetings/4")).QuerySelector("a[href='/meetings/4/merge']"));
    }

    // A spelling of Stoltenberg the importer might have made a person of, at seed meeting 1.
    private static Task<int> AddDuplicateAsync(AppFactory app) => QueryAsync(app, async db =>
    {
        var duplicate = new Person { Name = "J. Stoltenberg", SearchKey = NameFolding.Fold("J. Stoltenberg") };
        db.People.Add(duplicate);
        await db.SaveChangesAsync();
        await db.Participations.Where(p => p.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(p => p.PersonId, duplicate.Id));
        return duplicate.Id;
    });

    private static async Task<T> QueryAsync<T>(AppFactory app, Func<BalkanMeetingsDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>());
    }
}

public sealed class SqliteMergeAndSplitTests() : MergeAndSplitTests(DatabaseProvider.Sqlite);

[Trait("Category", "PostgreSQL")]
public sealed class PostgresMergeAndSplitTests() : MergeAndSplitTests(DatabaseProvider.PostgreSQL);
