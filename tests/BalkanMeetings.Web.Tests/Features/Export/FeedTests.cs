using System.Net;
using System.Xml.Linq;
using BalkanMeetings.Web.Features.Export;

namespace BalkanMeetings.Web.Tests.Features.Export;

public abstract class FeedTests(AppFactory factory)
{
    private static readonly XNamespace Atom = AtomWriter.Namespace;

    [SkippableFact]
    public async Task Feed_is_atom_with_one_entry_per_match_a_self_link_and_the_list_as_alternate()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/feed/meetings.atom?country=ba&size=1", UriKind.Relative));
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Atom + "feed", feed.Root!.Name);
        Assert.Equal("BalkanMeetings: Bosnia and Herzegovina", feed.Root.Element(Atom + "title")!.Value);
        Assert.Equal("http://localhost/feed/meetings.atom?country=ba&size=1", Link(feed.Root, "self"));
        Assert.Equal("http://localhost/?country=BA", Link(feed.Root, "alternate"));
        Assert.Equal("http://localhost/feed/meetings.atom?country=BA", feed.Root.Element(Atom + "id")!.Value);

        var entries = feed.Root.Elements(Atom + "entry").ToList();
        Assert.Equal(3, entries.Count);
        Assert.All(entries, e => Assert.Equal(e.Element(Atom + "id")!.Value, Link(e, "alternate")));
        Assert.All(entries, e => Assert.Matches(@"^http://localhost/meetings/\d+$", e.Element(Atom + "id")!.Value));
        Assert.All(entries, e => Assert.True(DateTimeOffset.TryParse(e.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture, out _)));
        var komsic = entries.Single(e => e.Element(Atom + "title")!.Value == "Jens Stoltenberg meets Željko Komšić");
        Assert.Equal(
            "18 Dec 2024 · Bosnia and Herzegovina · Jens Stoltenberg (Secretary General of NATO), Željko Komšić (Chair of the Presidency of Bosnia and Herzegovina)",
            komsic.Element(Atom + "summary")!.Value);
        Assert.StartsWith("Planned: ", entries.Single(e => e.Element(Atom + "title")!.Value == "NATO Secretary General in Sarajevo").Element(Atom + "summary")!.Value, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Feed_title_names_the_official_as_typed_and_the_dates()
    {
        using var client = factory.CreateClient();

        var feed = XDocument.Parse(await client.GetStringAsync(new Uri("/feed/meetings.atom?official=" + Uri.EscapeDataString("Комшић") + "&from=2024&to=2024", UriKind.Relative)));

        Assert.Equal("BalkanMeetings: Комшић, 2024", feed.Root!.Element(Atom + "title")!.Value);
        Assert.Single(feed.Root.Elements(Atom + "entry"));
    }

    [SkippableFact]
    public async Task Unfiltered_feed_holds_every_seed_meeting_and_an_empty_one_is_still_valid()
    {
        using var client = factory.CreateClient();

        var all = XDocument.Parse(await client.GetStringAsync(new Uri("/feed/meetings.atom", UriKind.Relative)));
        var none = XDocument.Parse(await client.GetStringAsync(new Uri("/feed/meetings.atom?country=BA&country=ME&from=2024-13-45", UriKind.Relative)));

        Assert.Equal("BalkanMeetings: all meetings", all.Root!.Element(Atom + "title")!.Value);
        Assert.Equal(6, all.Root.Elements(Atom + "entry").Count());
        Assert.Empty(none.Root!.Elements(Atom + "entry"));
        Assert.NotEmpty(none.Root.Element(Atom + "updated")!.Value);
    }

    [SkippableFact]
    public async Task An_unchanged_feed_answers_304_to_a_reader_that_has_it_and_another_filter_has_another_tag()
    {
        using var client = factory.CreateClient();
        using var first = await client.GetAsync(new Uri("/feed/meetings.atom?country=BA", UriKind.Relative));
        var tag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/feed/meetings.atom?country=BA", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(tag);
        using var unchanged = await client.SendAsync(again);
        using var other = await client.GetAsync(new Uri("/feed/meetings.atom?country=XK", UriKind.Relative));

        Assert.True(tag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        Assert.NotEqual(tag, other.Headers.ETag);
    }

    [SkippableFact]
    public async Task Meetings_list_announces_the_feed_of_its_filter_in_the_page_head()
    {
        var page = await factory.GetPageAsync("/?country=BA&official=Komsic");

        var link = page.Head!.QuerySelector("link[rel=alternate][type='application/atom+xml']");
        Assert.Equal("/feed/meetings.atom?country=BA&official=Komsic", link!.GetAttribute("href"));
    }

    private static string? Link(XElement parent, string rel) =>
        parent.Elements(Atom + "link").SingleOrDefault(l => (string?)l.Attribute("rel") == rel)?.Attribute("href")?.Value;
}

public sealed class SqliteFeedTests(SeededApp seeded) : FeedTests(seeded.App), IClassFixture<SeededApp>;

[Trait("Category", "PostgreSQL")]
public sealed class PostgresFeedTests(PostgresSeededApp seeded) : FeedTests(seeded.App), IClassFixture<PostgresSeededApp>;
