using System.Net;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Web.Tests.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BalkanMeetings.Web.Tests.Features.Editing;

public abstract class MeetingEditTests(DatabaseProvider provider)
{
    private const string EditUrl = "/meetings/1/edit";
    private const string FormName = "edit-meeting";

    [SkippableFact]
    public async Task An_editor_corrects_a_meeting_and_the_history_names_them_with_their_reason()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app, name: "Erin Editor");

        using var saved = await session.PostFormAsync(EditUrl, FormName, new() { ["Input.Title"] = ["Corrected title"], ["Input.Date"] = ["2024-12"], ["Input.Reason"] = ["The article gives only the month"] });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/meetings/1", saved.Headers.Location!.AbsolutePath);
        var meeting = await ReadMeetingAsync(app, 1);
        Assert.Equal("Corrected title", meeting.Title);
        Assert.Equal((new DateOnly(2024, 12, 1), DatePrecision.Month, ValueOrigin.Edited), (meeting.Date!.Value, meeting.DatePrecision, meeting.DateOrigin));

        var history = await session.GetPageAsync("/history/Meeting/1");
        var revision = history.QuerySelector(".history li")!;
        Assert.Contains("Erin Editor", revision.TextContent, StringComparison.Ordinal);
        Assert.Contains("The article gives only the month", revision.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Title", "Date", "Date source"], revision.QuerySelectorAll("dl.diff > dt").Select(dt => dt.TextContent.Trim()));
    }

    [SkippableFact]
    public async Task An_invalid_form_keeps_what_was_typed_says_what_to_fix_and_saves_nothing()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);
        var before = await ReadMeetingAsync(app, 1);

        using var refused = await session.PostFormAsync(EditUrl, FormName, new() { ["Input.Title"] = ["A new title"], ["Input.Date"] = ["16/12/2024"], ["Input.Countries"] = ["XX"], ["Input.Reason"] = [""] });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await EditorSession.ParseAsync(refused);
        Assert.Equal("16/12/2024", page.QuerySelector("#field-Date")!.GetAttribute("value"));
        Assert.Equal("A new title", page.QuerySelector("#field-Title")!.GetAttribute("value"));
        Assert.Contains("2024-12-16", page.QuerySelector("#error-Date")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#error-Countries"));
        Assert.NotNull(page.QuerySelector("#error-Reason"));
        Assert.Equal("error-Date", page.QuerySelector("#field-Date")!.GetAttribute("aria-describedby")!.Split(' ')[1]);
        Assert.Equal(before.Title, (await ReadMeetingAsync(app, 1)).Title);
        Assert.Equal(0, await CountAsync(app, db => db.Revisions));
    }

    [SkippableFact]
    public async Task What_changed_meanwhile_is_named_as_the_history_names_it()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var first = await EditorSession.SignInAsync(app);
        using var second = await EditorSession.SignInAsync(app);
        var secondForm = await second.GetPageAsync(EditUrl);

        using var firstSave = await first.PostFormAsync(EditUrl, FormName, new() { ["Input.Date"] = ["2024-12"], ["Input.Reason"] = ["The article gives only the month"] });
        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);

        using var secondSave = await second.PostAsync(EditUrl, EditorSession.Fields(secondForm, FormName, new() { ["Input.City"] = ["Brussels"], ["Input.Reason"] = ["Held at headquarters"] }));

        var page = await EditorSession.ParseAsync(secondSave);
        Assert.Equal(["Date", "Date source"], page.QuerySelectorAll(".conflict tbody th").Select(th => th.TextContent).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task The_second_of_two_editors_is_refused_and_shown_what_changed_meanwhile()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var first = await EditorSession.SignInAsync(app);
        using var second = await EditorSession.SignInAsync(app);
        var secondForm = await second.GetPageAsync(EditUrl);

        using var firstSave = await first.PostFormAsync(EditUrl, FormName, new() { ["Input.City"] = ["Podgorica"], ["Input.Reason"] = ["City from the photo caption"] });
        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);

        using var secondSave = await second.PostAsync(EditUrl, EditorSession.Fields(secondForm, FormName, new() { ["Input.City"] = ["Brussels"], ["Input.Reason"] = ["Held at headquarters"] }));

        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        var page = await EditorSession.ParseAsync(secondSave);
        var conflict = page.QuerySelector(".conflict")!;
        Assert.Equal(["City", "Podgorica"], conflict.QuerySelectorAll("tbody tr").Single().Children.Select(c => c.TextContent).Where(t => t is "City" or "Podgorica"));
        Assert.Equal("Brussels", page.QuerySelector("#field-City")!.GetAttribute("value"));
        Assert.Equal("Podgorica", (await ReadMeetingAsync(app, 1)).City);

        // Saving again, with the change in view, is a deliberate overwrite and goes through.
        using var deliberate = await second.PostAsync(EditUrl, EditorSession.Fields(page, FormName, []));
        Assert.Equal(HttpStatusCode.Redirect, deliberate.StatusCode);
        Assert.Equal("Brussels", (await ReadMeetingAsync(app, 1)).City);
    }

    [SkippableFact]
    public async Task Script_typed_into_a_field_is_shown_as_text_on_the_public_page()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);

        using var saved = await session.PostFormAsync(EditUrl, FormName, new() { ["Input.Title"] = ["<script>alert(1)</script><b>bold</b>"], ["Input.Reason"] = ["Testing"] });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await app.GetPageAsync("/meetings/1");
        Assert.Equal("<script>alert(1)</script><b>bold</b>", page.QuerySelector("h1")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script, h1 b"));
    }

    [SkippableFact]
    public async Task Anonymous_requests_are_sent_to_sign_in_and_change_nothing()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var editor = await EditorSession.SignInAsync(app);
        var form = await editor.GetPageAsync(EditUrl);
        using var anonymous = EditorSession.Anonymous(app);

        using var get = await anonymous.Client.GetAsync(new Uri(EditUrl, UriKind.Relative));
        using var post = await anonymous.PostAsync(EditUrl, EditorSession.Fields(form, FormName, new() { ["Input.Title"] = ["Vandalised"], ["Input.Reason"] = ["x"] }));

        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Equal("/account/sign-in", get.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("/account/sign-in", post.Headers.Location!.AbsolutePath);
        Assert.NotEqual("Vandalised", (await ReadMeetingAsync(app, 1)).Title);
    }

    [SkippableFact]
    public async Task A_form_without_a_valid_antiforgery_token_is_refused_with_403_and_changes_nothing()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);
        var form = await session.GetPageAsync(EditUrl);
        var fields = EditorSession.Fields(form, FormName, new() { ["Input.Title"] = ["Forged"], ["Input.Reason"] = ["x"], ["__RequestVerificationToken"] = ["forged-token"] });

        using var forged = await session.PostAsync(EditUrl, fields);
        using var missing = await session.PostAsync(EditUrl, fields.Where(f => f.Key != "__RequestVerificationToken"));

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);
        Assert.Contains("nothing was changed", (await EditorSession.ParseAsync(forged)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual("Forged", (await ReadMeetingAsync(app, 1)).Title);
    }

    [SkippableFact]
    public async Task Editing_a_meeting_that_does_not_exist_is_404()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);

        await session.GetPageAsync("/meetings/999999/edit", HttpStatusCode.NotFound);
    }

    private static async Task<Meeting> ReadMeetingAsync(AppFactory app, int id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>().Meetings.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private static async Task<int> CountAsync<T>(AppFactory app, Func<BalkanMeetingsDbContext, IQueryable<T>> rows)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await rows(scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>()).CountAsync();
    }
}

public sealed class SqliteMeetingEditTests() : MeetingEditTests(DatabaseProvider.Sqlite);

[Trait("Category", "PostgreSQL")]
public sealed class PostgresMeetingEditTests() : MeetingEditTests(DatabaseProvider.PostgreSQL);
