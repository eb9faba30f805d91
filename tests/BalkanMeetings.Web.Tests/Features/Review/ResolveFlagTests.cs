using System.Net;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Web.Tests.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BalkanMeetings.Web.Tests.Features.Review;

public abstract class ResolveFlagTests(DatabaseProvider provider)
{
    private const string FormName = "resolve-flag";

    [SkippableTheory]
    [InlineData("Accepted", FlagStatus.Accepted, "Accepted as correct by Rita Reviewer")]
    [InlineData("Corrected", FlagStatus.Corrected, "Corrected by Rita Reviewer")]
    [InlineData("Dismissed", FlagStatus.Dismissed, "Dismissed by Rita Reviewer")]
    public async Task Each_outcome_resolves_the_flag_with_the_note_and_the_editor_as_a_revision_shown_on_the_meeting_page(string outcome, FlagStatus status, string shown)
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app, name: "Rita Reviewer");
        var flag = await StoltenbergFlagAsync(app);

        using var saved = await session.PostFormAsync($"/review/{flag.Id}", FormName, new() { ["Input.Outcome"] = [outcome], ["Input.ResolutionNote"] = ["Checked with the NATO office list"] });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/review?resolved={flag.Id}", saved.Headers.Location!.PathAndQuery);
        var resolved = await ReadFlagAsync(app, flag.Id);
        Assert.Equal((status, "Checked with the NATO office list", "Rita Reviewer"), (resolved.Status, resolved.ResolutionNote, resolved.ResolvedBy));
        Assert.NotNull(resolved.ResolvedAtUtc);
        var revision = await ReadAsync(app, db => db.Revisions.Include(r => r.Changes).SingleAsync());
        Assert.Equal((RevisionKind.Resolve, nameof(ReviewFlag), flag.Id, "Checked with the NATO office list"), (revision.Kind, revision.RecordType, revision.RecordId, revision.Reason));
        Assert.Equal(["ResolutionNote", "Status"], revision.Changes.Select(c => c.Field).Order(StringComparer.Ordinal));

        var queue = await session.GetPageAsync(saved.Headers.Location.PathAndQuery);
        Assert.Contains(shown, queue.QuerySelector(".notice.done")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(9, queue.QuerySelectorAll("ol.queue > li").Length);
        var meeting = await app.GetPageAsync("/meetings/1");
        var closed = meeting.QuerySelector("#flags details .resolution")!.TextContent;
        Assert.Contains(shown, closed, StringComparison.Ordinal);
        Assert.Contains("Checked with the NATO office list", closed, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Replacing_the_participant_with_the_office_holder_changes_the_meeting_and_resolves_the_flag_in_one_revision()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app, name: "Rita Reviewer");
        var flag = await StoltenbergFlagAsync(app);
        var form = await session.GetPageAsync($"/review/{flag.Id}");
        Assert.Equal("Replace Jens Stoltenberg with Mark Rutte", form.QuerySelector("label[for=outcome-Replace]")!.TextContent);

        using var saved = await session.PostAsync($"/review/{flag.Id}", EditorSession.Fields(form, FormName, new() { ["Input.Outcome"] = ["Replace"], ["Input.ResolutionNote"] = ["Rutte held the office on the day"] }));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var rutte = await ReadAsync(app, db => db.People.SingleAsync(p => p.Name == "Mark Rutte"));
        var participant = await ReadAsync(app, db => db.Participations.SingleAsync(p => p.Id == flag.RecordId));
        Assert.Equal((rutte.Id, ValueOrigin.Edited), (participant.PersonId!.Value, participant.NameOrigin));
        Assert.Equal(FlagStatus.Corrected, (await ReadFlagAsync(app, flag.Id)).Status);
        var revision = await ReadAsync(app, db => db.Revisions.Include(r => r.Changes).SingleAsync());
        Assert.Equal(["Meeting", "ReviewFlag"], revision.Changes.Select(c => c.RecordType).Distinct().Order(StringComparer.Ordinal));

        var meeting = await app.GetPageAsync("/meetings/1");
        var listed = meeting.QuerySelectorAll("ul.participants li").Single(li => li.TextContent.Contains("Mark Rutte", StringComparison.Ordinal));
        Assert.Equal("corrected", listed.QuerySelector(".origin")!.TextContent);
        var history = await app.GetPageAsync("/history/Meeting/1");
        Assert.Contains("Rutte held the office on the day", history.QuerySelector(".history li")!.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_flag_with_no_office_to_fix_offers_the_edit_forms_instead_of_a_replacement()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);
        var missingDate = await ReadAsync(app, db => db.ReviewFlags.FirstAsync(f => f.Kind == FlagKind.MissingDate));

        var page = await session.GetPageAsync($"/review/{missingDate.Id}");

        Assert.Null(page.QuerySelector("#outcome-Replace"));
        Assert.Equal(
            [$"/meetings/{missingDate.MeetingId}/edit", $"/meetings/{missingDate.MeetingId}/participants"],
            page.QuerySelectorAll(".fix-links a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["Corrected", "Accepted", "Dismissed"], page.QuerySelectorAll("input[name='Input.Outcome']").Select(i => i.GetAttribute("value")));
    }

    [SkippableFact]
    public async Task A_resolution_without_a_note_keeps_the_choice_says_what_to_fix_beside_the_note_and_saves_nothing()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);
        var flag = await StoltenbergFlagAsync(app);

        using var refused = await session.PostFormAsync($"/review/{flag.Id}", FormName, new() { ["Input.Outcome"] = ["Dismissed"], ["Input.ResolutionNote"] = ["   "] });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await EditorSession.ParseAsync(refused);
        Assert.Contains("Say why", page.QuerySelector("#error-ResolutionNote")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#error-Reason"));
        Assert.Single(page.QuerySelectorAll("[role=alert] li"));
        Assert.True(page.QuerySelector("#outcome-Dismissed")!.HasAttribute("checked"));
        Assert.Equal(FlagStatus.Open, (await ReadFlagAsync(app, flag.Id)).Status);
        Assert.Equal(0, await ReadAsync(app, db => db.Revisions.CountAsync()));
    }

    [SkippableFact]
    public async Task A_flag_resolved_by_someone_else_while_the_form_was_open_is_not_resolved_again()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var first = await EditorSession.SignInAsync(app, name: "First Editor");
        using var second = await EditorSession.SignInAsync(app, name: "Second Editor");
        var flag = await StoltenbergFlagAsync(app);
        var secondForm = await second.GetPageAsync($"/review/{flag.Id}");

        using var firstSave = await first.PostFormAsync($"/review/{flag.Id}", FormName, new() { ["Input.Outcome"] = ["Accepted"], ["Input.ResolutionNote"] = ["First look"] });
        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        using var secondSave = await second.PostAsync($"/review/{flag.Id}", EditorSession.Fields(secondForm, FormName, new() { ["Input.Outcome"] = ["Dismissed"], ["Input.ResolutionNote"] = ["Second look"] }));

        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        var page = await EditorSession.ParseAsync(secondSave);
        Assert.NotNull(page.QuerySelector(".conflict"));
        Assert.Contains("Accepted as correct by First Editor", page.QuerySelector("#resolution")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form[method=post] textarea"));
        Assert.Equal(("First look", "First Editor"), ((await ReadFlagAsync(app, flag.Id)).ResolutionNote, (await ReadFlagAsync(app, flag.Id)).ResolvedBy));

        // Opened afterwards, the page shows the resolution and how to undo it, and no form.
        var later = await second.GetPageAsync($"/review/{flag.Id}");
        Assert.Null(later.QuerySelector("textarea"));
        Assert.Equal($"/history/ReviewFlag/{flag.Id}", later.QuerySelector("#resolution a")!.GetAttribute("href"));
    }

    [SkippableFact]
    public async Task A_note_with_markup_is_shown_as_text_on_the_meeting_page()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);
        var flag = await StoltenbergFlagAsync(app);

        using var saved = await session.PostFormAsync($"/review/{flag.Id}", FormName, new() { ["Input.Outcome"] = ["Dismissed"], ["Input.ResolutionNote"] = ["<script>alert(1)</script><b>x</b>"] });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var meeting = await app.GetPageAsync("/meetings/1");
        var resolution = meeting.QuerySelector("#flags .resolution")!;
        Assert.Contains("<script>alert(1)</script><b>x</b>", resolution.TextContent, StringComparison.Ordinal);
        Assert.Empty(resolution.QuerySelectorAll("script, b"));
    }

    [SkippableFact]
    public async Task Anonymous_requests_are_sent_to_sign_in_and_change_nothing()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var editor = await EditorSession.SignInAsync(app);
        var flag = await StoltenbergFlagAsync(app);
        var form = await editor.GetPageAsync($"/review/{flag.Id}");
        using var anonymous = EditorSession.Anonymous(app);

        using var get = await anonymous.Client.GetAsync(new Uri($"/review/{flag.Id}", UriKind.Relative));
        using var post = await anonymous.PostAsync($"/review/{flag.Id}", EditorSession.Fields(form, FormName, new() { ["Input.Outcome"] = ["Dismissed"], ["Input.ResolutionNote"] = ["x"] }));

        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Equal("/account/sign-in", get.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("/account/sign-in", post.Headers.Location!.AbsolutePath);
        Assert.Equal(FlagStatus.Open, (await ReadFlagAsync(app, flag.Id)).Status);
    }

    [SkippableFact]
    public async Task A_form_without_a_valid_antiforgery_token_is_refused_with_403_and_changes_nothing()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);
        var flag = await StoltenbergFlagAsync(app);
        var form = await session.GetPageAsync($"/review/{flag.Id}");
        var fields = EditorSession.Fields(form, FormName, new() { ["Input.Outcome"] = ["Dismissed"], ["Input.ResolutionNote"] = ["x"], ["__RequestVerificationToken"] = ["forged-token"] });

        using var forged = await session.PostAsync($"/review/{flag.Id}", fields);
        using var missing = await session.PostAsync($"/review/{flag.Id}", fields.Where(f => f.Key != "__RequestVerificationToken"));

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);
        Assert.Equal(FlagStatus.Open, (await ReadFlagAsync(app, flag.Id)).Status);
    }

    [SkippableFact]
    public async Task An_unknown_flag_is_404()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);

        await session.GetPageAsync("/review/999999", HttpStatusCode.NotFound);
    }

    private static Task<ReviewFlag> StoltenbergFlagAsync(AppFactory app) =>
        ReadAsync(app, db => db.ReviewFlags.SingleAsync(f => f.MeetingId == 1 && f.Kind == FlagKind.RoleDoesNotFitDate && f.Message.StartsWith("Stoltenberg")));

    private static Task<ReviewFlag> ReadFlagAsync(AppFactory app, int id) => ReadAsync(app, db => db.ReviewFlags.SingleAsync(f => f.Id == id));

    private static async Task<T> ReadAsync<T>(AppFactory app, Func<BalkanMeetingsDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await read(db);
    }
}

public sealed class SqliteResolveFlagTests() : ResolveFlagTests(DatabaseProvider.Sqlite);

[Trait("Category", "PostgreSQL")]
public sealed class PostgresResolveFlagTests() : ResolveFlagTests(DatabaseProvider.PostgreSQL);
