using System.Net;
using BalkanMeetings.Web.Tests.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Web.Tests.Features.Editing;

public sealed class MeetingInitiativesTests
{
    private const string FormName = "edit-meeting";
    private const string AddInitiative = "AddInitiative";
    private const string AddInitiativeInput = "Input.AddInitiative";

    [Fact]
    public async Task An_initiative_added_by_name_and_one_unticked_show_on_the_meeting_page()
    {
        await using var app = new AppFactory();
        using var session = await EditorSession.SignInAsync(app);
        var form = await session.GetPageAsync("/meetings/3/edit");
        var ticked = form.QuerySelectorAll("input[name='Input.Initiatives']").Select(i => i.GetAttribute("value")!).ToList();
        Assert.Equal(5, form.QuerySelectorAll("input[name='Input.Initiatives']:checked").Length);
        var dropped = await InitiativeIdAsync(app, "Training Programs");

        using var saved = await session.PostFormAsync("/meetings/3/edit", FormName, new()
        {
            ["Input.Initiatives"] = ticked.Where(id => id != dropped.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
            [AddInitiativeInput] = ["  partnership for peace PROGRAM "],
            ["Input.Reason"] = ["The article names the programme"],
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var links = await app.QueryAsync(db => db.MeetingInitiatives.Where(m => m.MeetingId == 3).Select(m => m.Initiative!.Name).ToListAsync());
        Assert.Contains("Partnership for Peace Program", links);
        Assert.DoesNotContain("Training Programs", links);
        Assert.Equal(5, links.Count);
    }

    [Fact]
    public async Task A_name_no_initiative_has_is_refused_beside_the_box_and_kept()
    {
        await using var app = new AppFactory();
        using var session = await EditorSession.SignInAsync(app);

        using var refused = await session.PostFormAsync("/meetings/2/edit", FormName, new() { [AddInitiativeInput] = ["Moon Base Programme"], ["Input.Title"] = [""], ["Input.Reason"] = ["x"] });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await EditorSession.ParseAsync(refused);
        Assert.Contains("No initiative is called “Moon Base Programme”", page.QuerySelector($"#error-{AddInitiative}")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Moon Base Programme", page.QuerySelector($"#field-{AddInitiative}")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#error-Title"));
        Assert.Equal("No initiative is linked to this meeting.", page.QuerySelector("#field-Initiatives .empty-note")!.TextContent);
        Assert.Equal(0, await app.QueryAsync(db => db.Revisions.CountAsync()));
    }

    private static Task<int> InitiativeIdAsync(AppFactory app, string name) =>
        app.QueryAsync(db => db.Initiatives.Where(i => i.Name == name).Select(i => i.Id).SingleAsync());
}
