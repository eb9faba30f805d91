using BalkanMeetings.Web.Tests.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Web.Tests.Features.Editing;

public sealed class EditLinksTests
{
    [Fact]
    public async Task Signed_in_editors_see_links_to_the_forms_and_readers_do_not()
    {
        await using var app = new AppFactory();
        using var editor = await EditorSession.SignInAsync(app);
        using var reader = EditorSession.Anonymous(app);
        var person = await app.QueryAsync(db => db.People.Where(p => p.Name == "Mark Rutte").Select(p => p.Id).SingleAsync());
        var topic = await app.QueryAsync(db => db.Topics.Where(t => t.Name == "cybersecurity").Select(t => t.Id).SingleAsync());
        var initiative = await app.QueryAsync(db => db.Initiatives.Where(i => i.Name == "Training Programs").Select(i => i.Id).SingleAsync());
        var links = new (string Page, string Form)[]
        {
            ("/meetings/1", "/meetings/1/participants"),
            ($"/people/{person}", $"/people/{person}/edit"),
            ("/topics", $"/topics/{topic}/edit"),
            ("/topics", "/topics/new"),
            ("/initiatives", $"/initiatives/{initiative}/edit"),
        };

        foreach (var (page, form) in links)
        {
            Assert.NotNull((await editor.GetPageAsync(page)).QuerySelector($"main a[href='{form}']"));
            Assert.Null((await reader.GetPageAsync(page)).QuerySelector($"main a[href='{form}']"));
        }
    }

    [Fact]
    public async Task The_history_of_each_kind_of_record_editors_change_links_back_to_where_readers_see_it()
    {
        await using var app = new AppFactory();
        var person = await app.QueryAsync(db => db.People.Select(p => p.Id).FirstAsync());
        var topic = await app.QueryAsync(db => db.Topics.Select(t => t.Id).FirstAsync());
        var initiative = await app.QueryAsync(db => db.Initiatives.Select(i => i.Id).FirstAsync());

        Assert.Equal($"/people/{person}", await BackLinkAsync(app, $"/history/Person/{person}"));
        Assert.Equal($"/?topic={topic}", await BackLinkAsync(app, $"/history/Topic/{topic}"));
        Assert.Equal($"/?initiative={initiative}", await BackLinkAsync(app, $"/history/Initiative/{initiative}"));
    }

    private static async Task<string?> BackLinkAsync(AppFactory app, string history) =>
        (await app.GetPageAsync(history)).QuerySelector(".crumbs a")!.GetAttribute("href");
}
