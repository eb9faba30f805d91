using System.Net;
using BalkanMeetings.Web.Tests.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Web.Tests.Features.Editing;

public sealed class PersonEditTests
{
    private const string FormName = "edit-person";

    [Fact]
    public async Task A_rename_shows_on_the_person_page_with_the_old_name_kept_as_an_alias()
    {
        await using var app = new AppFactory();
        using var session = await EditorSession.SignInAsync(app);
        var id = await PersonIdAsync(app, "Dritan Abazović");

        using var saved = await session.PostFormAsync($"/people/{id}/edit", FormName, new() { ["Input.Name"] = ["Dritan Abazović (politician)"], ["Input.Aliases"] = ["Dritan Abazovic\r\nД. Абазовић"], ["Input.Reason"] = ["Disambiguation"] });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/people/{id}", saved.Headers.Location!.PathAndQuery + saved.Headers.Location.Fragment);
        var page = await session.GetPageAsync($"/people/{id}");
        Assert.Equal("Dritan Abazović (politician)", page.QuerySelector("h1")!.TextContent);
        var aliases = page.QuerySelector(".aliases")!;
        Assert.StartsWith("Also written: Dritan Abazovic, Dritan Abazović, Д. Абазовић", aliases.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/history/Person/{id}", aliases.QuerySelector("a.corrected")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_alias_of_another_person_is_refused_beside_the_field_with_what_was_typed_kept()
    {
        await using var app = new AppFactory();
        using var session = await EditorSession.SignInAsync(app);
        var id = await PersonIdAsync(app, "Jens Stoltenberg");

        using var refused = await session.PostFormAsync($"/people/{id}/edit", FormName, new() { ["Input.Aliases"] = ["J. Stoltenberg\r\nMark Rutte"], ["Input.Reason"] = ["aliases"] });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await EditorSession.ParseAsync(refused);
        Assert.Contains("another person, Mark Rutte", page.QuerySelector("#error-Aliases")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("J. Stoltenberg\r\nMark Rutte", page.QuerySelector("#field-Aliases")!.TextContent);
        Assert.Equal(0, await app.QueryAsync(db => db.PersonAliases.CountAsync(a => a.PersonId == id)));
    }

    [Fact]
    public async Task The_second_of_two_editors_is_refused_and_shown_what_changed_meanwhile()
    {
        await using var app = new AppFactory();
        using var first = await EditorSession.SignInAsync(app);
        using var second = await EditorSession.SignInAsync(app);
        var url = $"/people/{await PersonIdAsync(app, "Mark Rutte")}/edit";
        var secondForm = await second.GetPageAsync(url);
        using var firstSave = await first.PostFormAsync(url, FormName, new() { ["Input.Aliases"] = ["Mark Rütte"], ["Input.Reason"] = ["first"] });
        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);

        using var secondSave = await second.PostAsync(url, EditorSession.Fields(secondForm, FormName, new() { ["Input.Name"] = ["Mark Rutte (NATO)"], ["Input.Reason"] = ["second"] }));

        var page = await EditorSession.ParseAsync(secondSave);
        Assert.Equal(["Also written", "(empty)", "Mark Rütte"], page.QuerySelectorAll(".conflict tbody tr > *").Select(c => c.TextContent));
        Assert.Equal("Mark Rutte (NATO)", page.QuerySelector("#field-Name")!.GetAttribute("value"));
        Assert.Equal("Mark Rutte", await app.QueryAsync(db => db.People.Where(p => p.Name.StartsWith("Mark Rutte")).Select(p => p.Name).SingleAsync()));
    }

    [Fact]
    public async Task More_aliases_than_a_person_may_have_are_refused_beside_the_field_and_none_is_saved()
    {
        await using var app = new AppFactory();
        using var session = await EditorSession.SignInAsync(app);
        var id = await PersonIdAsync(app, "Jens Stoltenberg");
        var aliases = string.Join("\r\n", Enumerable.Range(1, 20_000).Select(i => $"Stoltenberg {i}"));

        using var refused = await session.PostFormAsync($"/people/{id}/edit", FormName, new() { ["Input.Aliases"] = [aliases], ["Input.Reason"] = ["Every spelling"] });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await EditorSession.ParseAsync(refused);
        Assert.Equal("Keep at most 50 aliases; this list has 20000.", page.QuerySelector("#error-Aliases")!.TextContent);
        Assert.Equal(0, await app.QueryAsync(db => db.PersonAliases.CountAsync(a => a.PersonId == id)));
        Assert.Equal(0, await app.QueryAsync(db => db.Revisions.CountAsync()));
    }

    private static Task<int> PersonIdAsync(AppFactory app, string name) =>
        app.QueryAsync(db => db.People.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());
}
