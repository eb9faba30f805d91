using System.Net;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Web.Tests.Features.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace BalkanMeetings.Web.Tests.Features.Review;

public abstract class ReviewQueueTests(DatabaseProvider provider)
{
    [SkippableFact]
    public async Task The_queue_lists_errors_first_each_with_its_meeting_subject_evidence_and_resolve_link_and_counts_each_kind()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);

        var page = await session.GetPageAsync("/review");

        var rows = page.QuerySelectorAll("ol.queue > li");
        Assert.Equal(10, rows.Length);
        Assert.Equal(["Error", "Error", "Error", "Error", "Warning", "Warning", "Warning", "Warning", "Warning", "Note"], rows.Select(r => r.QuerySelector(".severity")!.TextContent));
        var stoltenberg = rows.Single(r => r.TextContent.Contains("Stoltenberg was not Secretary General on 2024-12-16", StringComparison.Ordinal));
        Assert.Equal("/meetings/1", stoltenberg.QuerySelector(".concerns a")!.GetAttribute("href"));
        Assert.Contains("Office of Jens Stoltenberg", stoltenberg.QuerySelector(".concerns")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Secretary General Jens stoltenberg", stoltenberg.QuerySelector(".evidence q")!.TextContent);
        Assert.Equal("today", stoltenberg.QuerySelector(".age time")!.TextContent);
        Assert.Matches(@"^/review/\d+$", stoltenberg.QuerySelector(".resolve a")!.GetAttribute("href"));
        var counts = page.QuerySelectorAll(".kind-counts li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("Every kind 10", counts);
        Assert.Contains("Office does not fit the date 4", counts);
        Assert.Contains("No date 3", counts);
    }

    [SkippableTheory]
    [InlineData("?kind=MissingDate", 3, "No date")]
    [InlineData("?country=ME", 2, "Office does not fit the date")]
    [InlineData("?kind=MissingDate&country=BA", 2, "No date")]
    [InlineData("?kind=RoleDoesNotFitDate&country=XK", 0, null)]
    [InlineData("?kind=NoSuchKind", 10, null)]
    public async Task Kind_and_country_filter_the_queue_from_the_query_string(string query, int expected, string? onlyKind)
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);

        var page = await session.GetPageAsync("/review" + query);

        var rows = page.QuerySelectorAll("ol.queue > li");
        Assert.Equal(expected, rows.Length);
        if (onlyKind is not null)
        {
            Assert.All(rows, r => Assert.Equal(onlyKind, r.QuerySelector(".flag-head strong")!.TextContent));
        }

        Assert.StartsWith(expected == 0 ? "0 open flags" : $"{expected} open flag", page.QuerySelector("#queue-count")!.TextContent, StringComparison.Ordinal);
        if (expected == 0)
        {
            Assert.NotNull(page.QuerySelector(".empty"));
        }
    }

    [SkippableFact]
    public async Task The_filter_form_keeps_its_choices_and_the_kind_links_keep_the_country()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);

        var page = await session.GetPageAsync("/review?kind=MissingDate&country=BA");

        Assert.Equal("GET", page.QuerySelector("form.queue-filters")!.GetAttribute("method")!.ToUpperInvariant());
        Assert.Equal("MissingDate", page.QuerySelector("#kind option[selected]")!.GetAttribute("value"));
        Assert.Equal("BA", page.QuerySelector("#country option[selected]")!.GetAttribute("value"));
        var current = page.QuerySelector(".kind-counts a[aria-current=page]")!;
        Assert.Equal("/review?kind=MissingDate&country=BA", current.GetAttribute("href"));
        Assert.Equal("/review?country=BA", page.QuerySelector(".kind-counts li a")!.GetAttribute("href"));
    }

    [SkippableFact]
    public async Task Oldest_flags_come_first_within_a_severity_and_the_rest_are_on_further_pages()
    {
        await using var app = await AppFactory.OnAsync(provider);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>();
            db.ReviewFlags.AddRange(Enumerable.Range(0, 60).Select(i => new ReviewFlag
            {
                Kind = FlagKind.UnknownPerson,
                Severity = FlagSeverity.Warning,
                Message = $"Older flag {i:00}",
                RecordType = nameof(Meeting),
                RecordId = 2,
                MeetingId = 2,
                CreatedAtUtc = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(i),
                Status = FlagStatus.Open,
            }));
            await db.SaveChangesAsync();
        }

        using var session = await EditorSession.SignInAsync(app);

        var first = await session.GetPageAsync("/review?kind=UnknownPerson");
        var second = await session.GetPageAsync(first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!);

        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"Older flag {i:00}"), first.QuerySelectorAll("ol.queue .message").Select(m => m.TextContent));
        Assert.Equal(Enumerable.Range(50, 10).Select(i => $"Older flag {i:00}"), second.QuerySelectorAll("ol.queue .message").Select(m => m.TextContent));
        Assert.Contains("Page 2 of 2", second.QuerySelector(".pager")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("years ago", first.QuerySelector("ol.queue .age")!.TextContent, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("/review?page=abc&resolved=x")]
    [InlineData("/review?page=99999999999&resolved=99999999999")]
    public async Task A_page_or_flag_number_that_is_not_one_shows_the_first_page_of_the_queue(string url)
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);

        var page = await session.GetPageAsync(url);

        Assert.NotEmpty(page.QuerySelectorAll("ol.queue > li"));
        Assert.Equal((await session.GetPageAsync("/review")).QuerySelector("ol.queue")!.OuterHtml, page.QuerySelector("ol.queue")!.OuterHtml);
    }

    [SkippableFact]
    public async Task Anonymous_readers_are_sent_to_sign_in_and_see_no_link_to_the_queue()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var anonymous = EditorSession.Anonymous(app);
        using var editor = await EditorSession.SignInAsync(app);

        using var queue = await anonymous.Client.GetAsync(new Uri("/review", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, queue.StatusCode);
        Assert.Equal("/account/sign-in", queue.Headers.Location!.AbsolutePath);
        Assert.Null((await anonymous.GetPageAsync("/")).QuerySelector("header a[href='/review']"));
        Assert.NotNull((await editor.GetPageAsync("/")).QuerySelector("header a[href='/review']"));
    }
}

public sealed class SqliteReviewQueueTests() : ReviewQueueTests(DatabaseProvider.Sqlite);

[Trait("Category", "PostgreSQL")]
public sealed class PostgresReviewQueueTests() : ReviewQueueTests(DatabaseProvider.PostgreSQL);
