using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using BalkanMeetings.Web.Features.Export;
using BalkanMeetings.Web.Tests.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Web.Tests.Features.Editing;

public sealed class ChangesFeedTests
{
    private const string Feed = "/feed/changes.atom";
    private const string MeetingForm = "edit-meeting";
    private static readonly XNamespace Atom = AtomWriter.Namespace;

    [Fact]
    public async Task The_feed_lists_edits_newest_first_with_the_record_the_fields_the_editor_and_links()
    {
        await using var app = new AppFactory();
        using var reader = EditorSession.Anonymous(app);
        var before = await FeedAsync(reader, Feed);
        using var erin = await EditorSession.SignInAsync(app, name: "Erin Editor");
        using var oskar = await EditorSession.SignInAsync(app, name: "Oskar Other");
        await SaveAsync(erin, "/meetings/1/edit", MeetingForm, new() { ["Input.City"] = ["Podgorica"], ["Input.Venue"] = ["Villa Gorica"], ["Input.Reason"] = ["From the caption"] });
        await SaveAsync(oskar, "/meetings/2/edit", MeetingForm, new() { ["Input.Venue"] = ["NATO headquarters"], ["Input.Reason"] = ["Venue from the photo"] });

        var raw = await reader.Client.GetStringAsync(new Uri(Feed, UriKind.Relative));
        var feed = XDocument.Parse(raw).Root!;

        var revisions = await app.QueryAsync(db => db.Revisions.AsNoTracking().OrderByDescending(r => r.Id).ToListAsync());
        var titles = await app.QueryAsync(db => db.Meetings.Where(m => m.Id <= 2).ToDictionaryAsync(m => m.Id, m => m.Title));
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(revisions.Select(r => $"https://localhost/revisions/{r.Id}"), entries.Select(e => Text(e, "id")));
        Assert.Equal([$"Meeting “{titles[2]}”: Venue", $"Meeting “{titles[1]}”: City, Venue"], entries.Select(e => Text(e, "title")));
        Assert.Equal(["Oskar Other", "Erin Editor"], entries.Select(e => e.Element(Atom + "author")!.Element(Atom + "name")!.Value));
        Assert.Equal(
            ["“Venue from the photo” (edit) · Changed: Venue", "“From the caption” (edit) · Changed: City, Venue"],
            entries.Select(e => Text(e, "summary")));
        Assert.Equal(revisions.Select(r => Time(r.AtUtc)), entries.Select(e => Text(e, "updated")));
        Assert.All(entries, e => Assert.Equal(Text(e, "id"), Link(e, "alternate")));
        Assert.Equal(["https://localhost/history/Meeting/2", "https://localhost/history/Meeting/1"], entries.Select(e => Link(e, "related")));

        // The accounts' addresses (editor-…@example.org) are never shown, only the names the history shows.
        Assert.DoesNotContain("@example.org", raw, StringComparison.Ordinal);

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("BalkanMeetings: recent changes", Text(feed, "title"));
        Assert.Equal(("https://localhost/feed/changes.atom", "https://localhost/feed/changes.atom"), (Text(feed, "id"), Link(feed, "self")));
        Assert.Equal("https://localhost/changes", Link(feed, "alternate"));
        Assert.Equal(Time(revisions[0].AtUtc), Text(feed, "updated"));

        // Before any edit the feed is empty, and still has the time Atom requires.
        Assert.Empty(before.Elements(Atom + "entry"));
        Assert.True(DateTimeOffset.TryParse(Text(before, "updated"), CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public async Task Type_and_editor_narrow_the_feed_and_a_value_that_cannot_be_used_is_ignored_as_on_the_page()
    {
        await using var app = new AppFactory();
        using var erin = await EditorSession.SignInAsync(app, name: "Erin Editor");
        using var oskar = await EditorSession.SignInAsync(app, name: "Oskar Other");
        var rutte = await app.QueryAsync(db => db.People.Where(p => p.Name == "Mark Rutte").Select(p => p.Id).SingleAsync());
        await SaveAsync(erin, "/meetings/1/edit", MeetingForm, new() { ["Input.City"] = ["Podgorica"], ["Input.Reason"] = ["From the caption"] });
        await SaveAsync(oskar, $"/people/{rutte}/edit", "edit-person", new() { ["Input.Name"] = ["Mark Rutte (politician)"], ["Input.Reason"] = ["Disambiguation"] });
        using var reader = EditorSession.Anonymous(app);

        var people = await FeedAsync(reader, Feed + "?type=Person");
        var byErin = await FeedAsync(reader, Feed + "?editor=Erin+Editor");
        var oskarsMeetings = await FeedAsync(reader, Feed + "?type=meeting&editor=Oskar%20Other");
        var ignored = await FeedAsync(reader, Feed + "?type=Nonsense&editor=");
        var nobody = await FeedAsync(reader, Feed + "?editor=The+site+was+hacked");
        var page = await reader.GetPageAsync("/changes?type=Nonsense&editor=");

        var person = Assert.Single(people.Elements(Atom + "entry"));
        Assert.Equal("Person “Mark Rutte (politician)”: Name, Also written", Text(person, "title"));
        Assert.Equal($"https://localhost/history/Person/{rutte}", Link(person, "related"));
        Assert.Equal("BalkanMeetings: recent changes to person records", Text(people, "title"));
        Assert.Equal(("https://localhost/feed/changes.atom?type=Person", "https://localhost/changes?type=Person"), (Text(people, "id"), Link(people, "alternate")));

        var erins = Assert.Single(byErin.Elements(Atom + "entry"));
        Assert.Equal(("Erin Editor", "“From the caption” (edit) · Changed: City"), (erins.Element(Atom + "author")!.Element(Atom + "name")!.Value, Text(erins, "summary")));
        Assert.Equal("https://localhost/feed/changes.atom?editor=Erin%20Editor", Text(byErin, "id"));

        // The type is read in any case and named as the history names it; Oskar changed no meeting.
        Assert.Empty(oskarsMeetings.Elements(Atom + "entry"));
        Assert.Equal("https://localhost/feed/changes.atom?type=Meeting&editor=Oskar%20Other", Text(oskarsMeetings, "id"));
        Assert.Equal("https://localhost/feed/changes.atom?type=meeting&editor=Oskar%20Other", Link(oskarsMeetings, "self"));

        // A name no editor saved under matches nothing, and the title does not repeat what the link says.
        Assert.Empty(nobody.Elements(Atom + "entry"));
        Assert.Equal("BalkanMeetings: recent changes by an editor who has made none", Text(nobody, "title"));
        Assert.Equal("BalkanMeetings: recent changes by Erin Editor", Text(byErin, "title"));

        // An unknown type and an empty editor are no filter, in the feed as on the page.
        Assert.Equal(2, ignored.Elements(Atom + "entry").Count());
        Assert.Equal(("https://localhost/feed/changes.atom", "https://localhost/changes"), (Text(ignored, "id"), Link(ignored, "alternate")));
        Assert.Equal(2, page.QuerySelectorAll(".recent-changes > li").Length);
    }

    [Fact]
    public async Task An_unchanged_feed_answers_304_to_a_reader_that_has_it_and_a_new_edit_changes_its_tag()
    {
        await using var app = new AppFactory();
        using var session = await EditorSession.SignInAsync(app);
        using var reader = EditorSession.Anonymous(app);
        await SaveAsync(session, "/meetings/1/edit", MeetingForm, new() { ["Input.City"] = ["Podgorica"], ["Input.Reason"] = ["From the caption"] });

        using var first = await reader.Client.GetAsync(new Uri(Feed, UriKind.Relative));
        var tag = first.Headers.ETag!;
        using var unchanged = await ConditionalGetAsync(reader, tag);
        await SaveAsync(session, "/meetings/1/edit", MeetingForm, new() { ["Input.Venue"] = ["Villa Gorica"], ["Input.Reason"] = ["From the photo"] });
        using var changed = await ConditionalGetAsync(reader, tag);

        Assert.Equal("application/atom+xml; charset=utf-8", first.Content.Headers.ContentType!.ToString());
        Assert.Equal("public, max-age=300", first.Headers.CacheControl!.ToString());
        Assert.True(tag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag);
        Assert.Equal(2, XDocument.Parse(await changed.Content.ReadAsStringAsync()).Root!.Elements(Atom + "entry").Count());
    }

    [Fact]
    public async Task A_reason_with_markup_and_a_control_character_comes_out_as_text_in_a_feed_that_parses()
    {
        await using var app = new AppFactory();
        using var session = await EditorSession.SignInAsync(app);
        await SaveAsync(session, "/meetings/1/edit", MeetingForm, new() { ["Input.City"] = ["Podgorica"], ["Input.Reason"] = ["<script>alert('x')</script> city\u0001 & caption"] });

        var raw = await session.Client.GetStringAsync(new Uri(Feed, UriKind.Relative));
        var feed = XDocument.Parse(raw).Root!;

        Assert.Contains('\u0001', await app.QueryAsync(db => db.Revisions.Select(r => r.Reason).SingleAsync()));
        Assert.Equal("“<script>alert('x')</script> city & caption” (edit) · Changed: City", Text(Assert.Single(feed.Elements(Atom + "entry")), "summary"));
        Assert.DoesNotContain(feed.Descendants(), e => e.Name.LocalName == "script");
        Assert.DoesNotContain("<script>", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_changes_page_announces_the_feed_of_its_filter_and_links_to_it()
    {
        await using var app = new AppFactory();

        var filtered = await app.GetPageAsync("/changes?type=Meeting&editor=Erin+Editor");
        var all = await app.GetPageAsync("/changes");

        const string Expected = "/feed/changes.atom?type=Meeting&editor=Erin%20Editor";
        Assert.Equal(Expected, filtered.Head!.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
        Assert.Equal(Expected, filtered.QuerySelectorAll("main a").Single(a => a.TextContent == "Follow as a feed").GetAttribute("href"));
        Assert.Equal(Feed, all.Head!.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
    }

    private static async Task SaveAsync(EditorSession session, string url, string form, Dictionary<string, string[]> fields)
    {
        using var saved = await session.PostFormAsync(url, form, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private static async Task<XElement> FeedAsync(EditorSession reader, string url)
    {
        using var response = await reader.Client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
    }

    private static async Task<HttpResponseMessage> ConditionalGetAsync(EditorSession reader, EntityTagHeaderValue tag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Feed, UriKind.Relative));
        request.Headers.IfNoneMatch.Add(tag);
        return await reader.Client.SendAsync(request);
    }

    private static string Text(XElement parent, string name) => parent.Element(Atom + name)!.Value;

    private static string? Link(XElement parent, string rel) =>
        parent.Elements(Atom + "link").SingleOrDefault(l => (string?)l.Attribute("rel") == rel)?.Attribute("href")?.Value;

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
