using System.Net;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Web.Tests.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Web.Tests.Features.Editing;

public abstract class ParticipantsEditTests(DatabaseProvider provider)
{
    private const string Url = "/meetings/1/participants";
    private const string FormName = "edit-participants";

    [SkippableFact]
    public async Task The_form_lists_each_participant_with_their_person_role_and_organisation()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);

        var page = await session.GetPageAsync(Url);

        var rows = page.QuerySelectorAll("fieldset.participant-row");
        Assert.Equal(["Jens Stoltenberg", "Dritan Abazović", "Add a participant"], rows.Select(r => r.QuerySelector("legend")!.TextContent));
        Assert.Equal(("Jens Stoltenberg", "Secretary General", "NATO"), (Value(page, "Person-0"), Value(page, "Role-0"), Value(page, "Organization-0")));
        Assert.Equal("people-names", page.QuerySelector("#field-Person-1")!.GetAttribute("list"));
        Assert.Contains(page.QuerySelectorAll("#people-names option"), o => o.GetAttribute("value") == "Mark Rutte");
    }

    [SkippableFact]
    public async Task An_editor_changes_a_person_by_alias_removes_one_adds_one_and_the_meeting_page_shows_it()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app, name: "Erin Editor");

        using var saved = await session.PostFormAsync(Url, FormName, new()
        {
            ["Input.Rows[0].Person"] = ["mark rutte"],
            ["Input.Rows[1].Remove"] = ["true"],
            ["Input.New.Person"] = ["Milojko Spajic"],
            ["Input.New.Role"] = ["Prime Minister"],
            ["Input.New.Organization"] = ["Montenegro"],
            ["Input.Reason"] = ["Rutte was Secretary General on that date; Spajić was prime minister"],
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/meetings/1", saved.Headers.Location!.PathAndQuery + saved.Headers.Location.Fragment);
        var meeting = await session.GetPageAsync("/meetings/1");
        Assert.Equal(["Mark Rutte", "Milojko Spajić"], meeting.QuerySelectorAll("ul.participants .who .name").Select(n => n.TextContent));
        Assert.Equal(["corrected", "corrected"], meeting.QuerySelectorAll("ul.participants .who .origin").Select(n => n.TextContent));
        var history = await session.GetPageAsync("/history/Meeting/1");
        Assert.Contains("Erin Editor", history.QuerySelector(".history li")!.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_name_that_finds_no_one_is_shown_beside_its_row_with_everything_typed_kept()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);

        using var refused = await session.PostFormAsync(Url, FormName, new()
        {
            ["Input.Rows[1].Person"] = ["Dritan Abazovič the Younger"],
            ["Input.Rows[0].Role"] = [""],
            ["Input.New.Person"] = ["Stoltenberg"],
            ["Input.New.Role"] = ["Deputy"],
            ["Input.New.Organization"] = ["NATO"],
            ["Input.Reason"] = ["fix"],
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await EditorSession.ParseAsync(refused);
        Assert.Contains("No one called “Dritan Abazovič the Younger”", page.QuerySelector("#error-Person-1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Dritan Abazovič the Younger", Value(page, "Person-1"));
        Assert.Equal("Give the role.", page.QuerySelector("#error-Role-0")!.TextContent);
        Assert.Contains("Did you mean “Jens Stoltenberg”?", page.QuerySelector("#error-Person-new")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(("Stoltenberg", "Deputy", "NATO"), (Value(page, "Person-new"), Value(page, "Role-new"), Value(page, "Organization-new")));
        Assert.Equal(
            ["Add a participant: person", "Dritan Abazović: person", "Jens Stoltenberg: role"],
            page.QuerySelectorAll(".notice.error li a").Select(a => a.TextContent).Order(StringComparer.Ordinal));
        Assert.NotNull(page.QuerySelector(".notice.error li a[href='#field-Person-1']"));
        Assert.Equal(0, await app.QueryAsync(db => db.Revisions.CountAsync()));
    }

    [SkippableFact]
    public async Task An_unnamed_official_stays_unnamed_when_other_fields_change()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);
        var meetingId = await app.QueryAsync(db => db.Participations.Where(p => p.PersonId == null).Select(p => p.MeetingId).SingleAsync());
        var url = $"/meetings/{meetingId}/participants";
        Assert.Equal(string.Empty, Value(await session.GetPageAsync(url), "Person-0"));

        using var saved = await session.PostFormAsync(url, FormName, new() { ["Input.Rows[0].Organization"] = ["NATO headquarters"], ["Input.Reason"] = ["Named so in the article"] });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var participant = await app.QueryAsync(db => db.Participations.AsNoTracking().SingleAsync(p => p.MeetingId == meetingId));
        Assert.Equal((null, "NATO headquarters", ValueOrigin.Inferred), (participant.PersonId, participant.Organization, participant.NameOrigin));
    }

    [SkippableFact]
    public async Task The_second_of_two_editors_is_refused_and_shown_the_participants_as_names()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var first = await EditorSession.SignInAsync(app);
        using var second = await EditorSession.SignInAsync(app);
        var secondForm = await second.GetPageAsync(Url);
        using var firstSave = await first.PostFormAsync(Url, FormName, new() { ["Input.Rows[1].Role"] = ["Prime Minister of Montenegro"], ["Input.Reason"] = ["first"] });
        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);

        using var secondSave = await second.PostAsync(Url, EditorSession.Fields(secondForm, FormName, new() { ["Input.Rows[0].Organization"] = ["North Atlantic Treaty Organization"], ["Input.Reason"] = ["second"] }));

        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        var page = await EditorSession.ParseAsync(secondSave);
        var now = page.QuerySelectorAll(".conflict tbody td")[1].TextContent;
        Assert.Contains("Dritan Abazović: Prime Minister of Montenegro, Montenegro", now, StringComparison.Ordinal);
        Assert.Equal("North Atlantic Treaty Organization", Value(page, "Organization-0"));
        Assert.Equal("NATO", await app.QueryAsync(db => db.Participations.Where(p => p.MeetingId == 1 && p.Role == "Secretary General").Select(p => p.Organization).SingleAsync()));
    }

    [SkippableFact]
    public async Task Script_typed_into_a_role_is_shown_as_text_on_the_meeting_page()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);
        const string Typed = "<script>alert(1)</script><img src=x onerror=alert(2)>";

        using var saved = await session.PostFormAsync(Url, FormName, new() { ["Input.Rows[0].Role"] = [Typed], ["Input.Reason"] = ["Testing"] });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await app.GetPageAsync("/meetings/1");
        Assert.Contains(Typed, page.QuerySelector("ul.participants .office")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main script, main img[onerror]"));
    }

    [SkippableTheory]
    [InlineData("Id-0")]
    [InlineData("-1")]
    [InlineData("999999")]
    [InlineData("")]
    public async Task A_row_whose_hidden_id_is_not_one_of_the_meetings_participants_is_refused_and_nothing_changes(string id)
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);
        var before = await ParticipantsAsync(app);

        using var refused = await session.PostFormAsync(Url, FormName, new() { ["Input.Rows[0].Id"] = [id], ["Input.Rows[1].Role"] = ["Prime Minister of Montenegro"], ["Input.Reason"] = ["Tampered"] });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await EditorSession.ParseAsync(refused);
        Assert.Contains("does not list the meeting's participants", page.QuerySelector(".notice.error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Prime Minister of Montenegro", Value(page, "Role-1"));
        Assert.Equal(before, await ParticipantsAsync(app));
        Assert.Equal(0, await app.QueryAsync(db => db.Revisions.CountAsync()));
    }

    [SkippableFact]
    public async Task A_form_that_leaves_a_participant_out_is_refused_rather_than_removing_them()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app);
        var before = await ParticipantsAsync(app);
        var form = await session.GetPageAsync(Url);
        var fields = EditorSession.Fields(form, FormName, new() { ["Input.Reason"] = ["Shorter"] }).Where(f => !f.Key.StartsWith("Input.Rows[1]", StringComparison.Ordinal));

        using var refused = await session.PostAsync(Url, fields);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(before, await ParticipantsAsync(app));
    }

    private static Task<List<string>> ParticipantsAsync(AppFactory app) =>
        app.QueryAsync(db => db.Participations.Where(p => p.MeetingId == 1).OrderBy(p => p.Id).Select(p => p.Id + ": " + p.Role).ToListAsync());

    private static string? Value(AngleSharp.Dom.IDocument page, string field) => page.QuerySelector($"#field-{field}")!.GetAttribute("value");
}

public sealed class SqliteParticipantsEditTests() : ParticipantsEditTests(DatabaseProvider.Sqlite);

[Trait("Category", "PostgreSQL")]
public sealed class PostgresParticipantsEditTests() : ParticipantsEditTests(DatabaseProvider.PostgreSQL);
