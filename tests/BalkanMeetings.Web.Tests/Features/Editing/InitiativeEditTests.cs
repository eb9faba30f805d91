using System.Net;
using BalkanMeetings.Web.Tests.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Web.Tests.Features.Editing;

public sealed class InitiativeEditTests
{
    private const string FormName = "edit-initiative";

    [Fact]
    public async Task A_corrected_initiative_shows_in_the_list_and_keeps_the_key_the_importer_uses()
    {
        await using var app = new AppFactory();
        using var session = await EditorSession.SignInAsync(app);
        var id = await InitiativeIdAsync(app, "Joint Cybersecurity Program");

        using var saved = await session.PostFormAsync($"/initiatives/{id}/edit", FormName, new() { ["Input.Name"] = ["Joint Cyber Security Programme"], ["Input.Timeline"] = ["2024–2027"], ["Input.Reason"] = ["The table swapped outcome and timeline"] });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/initiatives#initiative-{id}", saved.Headers.Location!.PathAndQuery + saved.Headers.Location.Fragment);
        var entry = (await app.GetPageAsync("/initiatives")).QuerySelector($"#initiative-{id}")!;
        Assert.Equal("Joint Cyber Security Programme", entry.QuerySelector("h2")!.TextContent.Trim());
        Assert.Contains("2024–2027", entry.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("joint cybersecurity program", await app.QueryAsync(db => db.Initiatives.Where(i => i.Id == id).Select(i => i.NameKey).SingleAsync()));
    }

    [Fact]
    public async Task Invalid_fields_are_refused_beside_them_with_what_was_typed_kept()
    {
        await using var app = new AppFactory();
        using var session = await EditorSession.SignInAsync(app);
        var id = await InitiativeIdAsync(app, "Joint Cybersecurity Program");
        var timeline = new string('9', 201);

        using var refused = await session.PostFormAsync($"/initiatives/{id}/edit", FormName, new() { ["Input.Name"] = ["Cyber Defense Framework"], ["Input.Timeline"] = [timeline], ["Input.Reason"] = ["x"] });

        var page = await EditorSession.ParseAsync(refused);
        Assert.Contains("Another initiative is called that", page.QuerySelector("#error-Name")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("under 200 characters", page.QuerySelector("#error-Timeline")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(timeline, page.QuerySelector("#field-Timeline")!.GetAttribute("value"));
        Assert.Equal(0, await app.QueryAsync(db => db.Revisions.CountAsync()));
    }

    [Fact]
    public async Task The_second_of_two_editors_is_refused_and_shown_what_changed_meanwhile()
    {
        await using var app = new AppFactory();
        using var first = await EditorSession.SignInAsync(app);
        using var second = await EditorSession.SignInAsync(app);
        var url = $"/initiatives/{await InitiativeIdAsync(app, "Joint Cybersecurity Program")}/edit";
        var secondForm = await second.GetPageAsync(url);
        using var firstSave = await first.PostFormAsync(url, FormName, new() { ["Input.Timeline"] = ["2025"], ["Input.Reason"] = ["first"] });
        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);

        using var secondSave = await second.PostAsync(url, EditorSession.Fields(secondForm, FormName, new() { ["Input.Objective"] = ["Protect networks"], ["Input.Reason"] = ["second"] }));

        var page = await EditorSession.ParseAsync(secondSave);
        Assert.Equal(["Timeline", "Reduced vulnerability to cyber threats", "2025"], page.QuerySelectorAll(".conflict tbody tr > *").Select(c => c.TextContent));
        Assert.Equal("Protect networks", page.QuerySelector("#field-Objective")!.TextContent);
    }

    private static Task<int> InitiativeIdAsync(AppFactory app, string name) =>
        app.QueryAsync(db => db.Initiatives.Where(i => i.Name == name).Select(i => i.Id).SingleAsync());
}
