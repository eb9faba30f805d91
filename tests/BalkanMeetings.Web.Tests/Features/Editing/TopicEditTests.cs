using System.Net;
using BalkanMeetings.Web.Tests.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Web.Tests.Features.Editing;

public sealed class TopicEditTests
{
    private const string FormName = "edit-topic";

    [Fact]
    public async Task Changed_synonyms_show_in_the_topic_list()
    {
        await using var app = new AppFactory();
        using var session = await EditorSession.SignInAsync(app);
        var id = await TopicIdAsync(app, "cybersecurity");

        using var saved = await session.PostFormAsync($"/topics/{id}/edit", FormName, new() { ["Input.Synonyms"] = ["cyber attacks\r\ncybersecurity"], ["Input.Reason"] = ["Wording of newer articles"] });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/topics#topic-{id}", saved.Headers.Location!.PathAndQuery + saved.Headers.Location.Fragment);
        var list = await app.GetPageAsync("/topics");
        Assert.Equal("Also: “cyber attacks”", list.QuerySelector($"#topic-{id} .synonyms")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_new_topic_is_listed_and_its_history_shows_it_was_added()
    {
        await using var app = new AppFactory();
        using var session = await EditorSession.SignInAsync(app, name: "Erin Editor");

        using var saved = await session.PostFormAsync("/topics/new", FormName, new() { ["Input.Name"] = ["climate security"], ["Input.Synonyms"] = ["climate change"], ["Input.Reason"] = ["Raised at the 2024 summit"] });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = await TopicIdAsync(app, "climate security");
        Assert.Equal($"/topics#topic-{id}", saved.Headers.Location!.PathAndQuery + saved.Headers.Location.Fragment);
        Assert.Equal("climate security", (await app.GetPageAsync("/topics")).QuerySelector($"#topic-{id} h2")!.TextContent.Trim());
        var history = await session.GetPageAsync($"/history/Topic/{id}");
        Assert.Contains("Erin Editor", history.QuerySelector(".history li")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("added", history.QuerySelector(".history li .revision-kind")!.TextContent);
    }

    [Fact]
    public async Task A_phrase_of_another_topic_is_refused_beside_the_field_with_what_was_typed_kept()
    {
        await using var app = new AppFactory();
        using var session = await EditorSession.SignInAsync(app);
        var topics = await app.QueryAsync(db => db.Topics.CountAsync());

        using var refused = await session.PostFormAsync("/topics/new", FormName, new() { ["Input.Name"] = ["Cyber Security"], ["Input.Synonyms"] = ["hacking"], ["Input.Reason"] = [""] });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await EditorSession.ParseAsync(refused);
        Assert.Contains("already belongs to the topic “cybersecurity”", page.QuerySelector("#error-Name")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#error-Reason"));
        Assert.Equal(("Cyber Security", "hacking"), (page.QuerySelector("#field-Name")!.GetAttribute("value"), page.QuerySelector("#field-Synonyms")!.TextContent));
        Assert.Equal(topics, await app.QueryAsync(db => db.Topics.CountAsync()));
    }

    [Fact]
    public async Task The_second_of_two_editors_is_refused_and_shown_what_changed_meanwhile()
    {
        await using var app = new AppFactory();
        using var first = await EditorSession.SignInAsync(app);
        using var second = await EditorSession.SignInAsync(app);
        var url = $"/topics/{await TopicIdAsync(app, "cybersecurity")}/edit";
        var secondForm = await second.GetPageAsync(url);
        using var firstSave = await first.PostFormAsync(url, FormName, new() { ["Input.Name"] = ["cyber security"], ["Input.Reason"] = ["first"] });
        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);

        using var secondSave = await second.PostAsync(url, EditorSession.Fields(secondForm, FormName, new() { ["Input.Name"] = ["cyber defence"], ["Input.Reason"] = ["second"] }));

        var page = await EditorSession.ParseAsync(secondSave);
        Assert.Equal(["Name", "cybersecurity", "cyber security"], page.QuerySelectorAll(".conflict tbody tr > *").Select(c => c.TextContent));
        Assert.Equal("cyber defence", page.QuerySelector("#field-Name")!.GetAttribute("value"));
    }

    private static Task<int> TopicIdAsync(AppFactory app, string name) =>
        app.QueryAsync(db => db.Topics.Where(t => t.Name == name).Select(t => t.Id).SingleAsync());
}
