using System.Net;
using BalkanMeetings.Web.Tests.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Web.Tests.Features.Editing;

/// <summary>What every edit form refuses: anonymous requests, forms without a valid antiforgery token, unknown records.</summary>
public sealed class EditFormGuardTests
{
    public static TheoryData<string> Forms => ["participants", "person", "topic", "new topic", "initiative"];

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Anonymous_requests_are_sent_to_sign_in_and_change_nothing(string which)
    {
        await using var app = new AppFactory();
        var form = await FormAsync(app, which);
        using var editor = await EditorSession.SignInAsync(app);
        var page = await editor.GetPageAsync(form.Url);
        using var anonymous = EditorSession.Anonymous(app);

        using var get = await anonymous.Client.GetAsync(new Uri(form.Url, UriKind.Relative));
        using var post = await anonymous.PostAsync(form.Url, EditorSession.Fields(page, form.Name, new() { [form.Field] = ["Vandalised"], ["Reason"] = ["x"] }));

        Assert.Equal((HttpStatusCode.Redirect, "/account/sign-in"), (get.StatusCode, get.Headers.Location!.AbsolutePath));
        Assert.Equal((HttpStatusCode.Redirect, "/account/sign-in"), (post.StatusCode, post.Headers.Location!.AbsolutePath));
        Assert.Equal(0, await app.QueryAsync(db => db.Revisions.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task A_form_without_a_valid_antiforgery_token_is_refused_with_403_and_changes_nothing(string which)
    {
        await using var app = new AppFactory();
        var form = await FormAsync(app, which);
        using var session = await EditorSession.SignInAsync(app);
        var fields = EditorSession.Fields(await session.GetPageAsync(form.Url), form.Name, new() { [form.Field] = ["Forged"], ["Reason"] = ["x"], ["__RequestVerificationToken"] = ["forged-token"] });
        var topics = await app.QueryAsync(db => db.Topics.CountAsync());

        using var forged = await session.PostAsync(form.Url, fields);
        using var missing = await session.PostAsync(form.Url, fields.Where(f => f.Key != "__RequestVerificationToken"));

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.Revisions.CountAsync()));
        Assert.Equal(topics, await app.QueryAsync(db => db.Topics.CountAsync()));
    }

    [Theory]
    [InlineData("/meetings/999999/participants")]
    [InlineData("/people/999999/edit")]
    [InlineData("/topics/999999/edit")]
    [InlineData("/initiatives/999999/edit")]
    public async Task Editing_a_record_that_does_not_exist_is_404(string url)
    {
        await using var app = new AppFactory();
        using var session = await EditorSession.SignInAsync(app);

        await session.GetPageAsync(url, HttpStatusCode.NotFound);
    }

    private static async Task<(string Url, string Name, string Field)> FormAsync(AppFactory app, string which) => which switch
    {
        "participants" => ("/meetings/1/participants", "edit-participants", "Role-0"),
        "person" => ($"/people/{await app.QueryAsync(db => db.People.Where(p => p.Name == "Jens Stoltenberg").Select(p => p.Id).SingleAsync())}/edit", "edit-person", "Name"),
        "topic" => ($"/topics/{await app.QueryAsync(db => db.Topics.Where(t => t.Name == "cybersecurity").Select(t => t.Id).SingleAsync())}/edit", "edit-topic", "Name"),
        "new topic" => ("/topics/new", "edit-topic", "Name"),
        "initiative" => ($"/initiatives/{await app.QueryAsync(db => db.Initiatives.Where(i => i.Name == "Joint Training Exercises").Select(i => i.Id).SingleAsync())}/edit", "edit-initiative", "Timeline"),
        _ => throw new ArgumentOutOfRangeException(nameof(which)),
    };
}
