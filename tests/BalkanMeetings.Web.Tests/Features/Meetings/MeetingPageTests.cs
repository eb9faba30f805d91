using System.Net;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BalkanMeetings.Web.Features.Meetings;
using BalkanMeetings.Web.Tests.Features.Editing;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Web.Tests.Features.Meetings;

public abstract class MeetingPageTests(AppFactory factory)
{
    [SkippableFact]
    public async Task Seed_meeting_shows_its_record_with_links_onward()
    {
        var page = await MeetingAsync("Jens Stoltenberg meets Dritan Abazović");

        Assert.Equal("Jens Stoltenberg meets Dritan Abazović", Assert.Single(page.QuerySelectorAll("h1")).TextContent);
        Assert.StartsWith("Jens Stoltenberg meets Dritan Abazović", page.Title, StringComparison.Ordinal);

        var date = page.QuerySelector("#value-meeting-date")!;
        Assert.Equal("16 Dec 2024", date.QuerySelector("time")!.TextContent);
        Assert.Equal("2024-12-16", date.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("exact day, stated in the article", date.TextContent, StringComparison.Ordinal);

        var people = page.QuerySelectorAll(".participants a.name");
        Assert.Equal(["Jens Stoltenberg", "Dritan Abazović"], people.Select(a => a.TextContent));
        Assert.All(people, a => Assert.Matches("^/people/[0-9]+$", a.GetAttribute("href")!));
        Assert.Contains("Written “Jens stoltenberg” in the article.", page.QuerySelector(".participants")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll(".participants .office"), o => o.TextContent.Contains("Prime Minister, Montenegro", StringComparison.Ordinal));

        Assert.Equal("Montenegro", page.QuerySelector("a[href='/countries/me']")!.TextContent);
        var topic = page.QuerySelectorAll(".topics a").Single(a => a.TextContent == "regional security");
        Assert.Matches("^/\\?topic=[0-9]+$", topic.GetAttribute("href")!);
        var initiative = page.QuerySelectorAll(".initiatives a").Single(a => a.TextContent == "Joint Training Exercises");
        Assert.Matches("^/\\?initiative=[0-9]+$", initiative.GetAttribute("href")!);
        Assert.Contains("Improve military readiness", initiative.Closest("li")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Area of Contribution", "Impact"], page.QuerySelectorAll(".record-table th").Select(th => th.TextContent));
    }

    [SkippableFact]
    public async Task Open_flags_say_what_is_doubted_with_evidence_and_the_reference_row_beside_the_value()
    {
        var page = await MeetingAsync("Jens Stoltenberg meets Dritan Abazović");

        Assert.Contains("2 open review flags", page.QuerySelector(".notice.doubt")!.TextContent, StringComparison.Ordinal);
        var flag = page.QuerySelectorAll("#flags li.flag").Single(f => f.TextContent.Contains("Stoltenberg was not Secretary General on 2024-12-16", StringComparison.Ordinal));
        Assert.Contains("severity-error", flag.ClassList);
        Assert.Equal("Error", flag.QuerySelector(".severity")!.TextContent);
        Assert.Equal("Secretary General Jens stoltenberg", flag.QuerySelector(".evidence q")!.TextContent);
        Assert.Equal("Mark Rutte, Secretary General, NATO, 2024-10-01 to present", flag.QuerySelector(".reference span")!.TextContent);

        // The flag names the value it doubts, and the value points back at the flag.
        var about = flag.QuerySelector(".concerns a")!;
        Assert.Equal("Office of Jens Stoltenberg", about.TextContent);
        var office = page.GetElementById(about.GetAttribute("href")![1..])!;
        Assert.Contains("Secretary General, NATO", office.TextContent, StringComparison.Ordinal);
        Assert.Equal("#" + flag.Id, office.QuerySelector("a.flag-badge")!.GetAttribute("href"));
    }

    [SkippableFact]
    public async Task Month_dates_inferred_dates_unresolved_officials_and_article_wide_flags_read_as_such()
    {
        var brussels = await MeetingAsync("Jens Stoltenberg meets Milo Đukanović in Brussels");
        var date = brussels.QuerySelector("#value-meeting-date")!;
        Assert.Equal("May 2021", date.QuerySelector("time")!.TextContent);
        Assert.Contains("month only, inferred by the importer", date.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(brussels.QuerySelectorAll(".quote blockquote"));

        var sarajevo = await MeetingAsync("NATO Secretary General in Sarajevo");
        Assert.Equal("Date unknown", sarajevo.QuerySelector("#value-meeting-date .date.unknown")!.TextContent);
        Assert.Equal("Name not given", sarajevo.QuerySelector(".participants .name")!.TextContent);
        Assert.Equal(["Held or only announced?", "No date", "Official not identified"], sarajevo.QuerySelectorAll("#flags li.flag strong").Select(s => s.TextContent));
        Assert.Equal(2, sarajevo.QuerySelectorAll(".record-table").Length);
        Assert.Equal(2, sarajevo.QuerySelectorAll(".article-text figure.span-block table").Length);

        var komsic = await MeetingAsync("Jens Stoltenberg meets Željko Komšić");
        var repaired = komsic.QuerySelectorAll("#flags li.flag").Single(f => f.QuerySelector("strong")!.TextContent == "Garbled text repaired");
        var article = komsic.GetElementById(repaired.QuerySelector(".concerns a")!.GetAttribute("href")![1..])!;
        Assert.Equal("section", article.LocalName);
        Assert.Contains("source", article.ClassList);
    }

    [SkippableFact]
    public async Task A_meeting_that_shares_its_article_links_to_the_other_meeting()
    {
        var sarajevo = await MeetingAsync("Mark Rutte in Sarajevo");

        var other = Assert.Single(sarajevo.QuerySelectorAll("section[aria-labelledby='others-heading'] a"));
        Assert.Equal("Mark Rutte in Pristina", other.TextContent);
        Assert.Equal("Pristina", (await PageAsync(other.GetAttribute("href")!)).QuerySelector("#value-meeting-city")!.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]);
    }

    [SkippableFact]
    public async Task Every_highlight_and_every_value_link_has_its_other_end_on_every_seed_meeting()
    {
        var home = await PageAsync("/");
        var links = home.QuerySelectorAll("table.meetings a.title").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(6, links.Count);

        foreach (var link in links)
        {
            var page = await PageAsync(link);
            var record = page.QuerySelector(".record")!;
            var articles = page.QuerySelector(".sources")!;

            var highlighted = articles.QuerySelectorAll("[id^='span-']").Select(e => e.Id!).ToHashSet();
            var linkedFromRecord = record.QuerySelectorAll("a[href^='#span-']").Select(a => a.GetAttribute("href")![1..]).ToHashSet();
            Assert.NotEmpty(highlighted);
            Assert.Equal(highlighted.Order(), linkedFromRecord.Order());

            var values = articles.QuerySelectorAll(".article-text a[href^='#value-']").Select(a => a.GetAttribute("href")![1..]).ToList();
            Assert.NotEmpty(values);
            Assert.All(values, id => Assert.NotNull(record.QuerySelector($"[id='{id}']")));

            // No fragment link on the page leads nowhere, and no id is used twice.
            Assert.All(page.QuerySelectorAll("a[href^='#']"), a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")![1..])));
            var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [SkippableFact]
    public async Task Every_span_of_every_seed_article_is_marked_in_place_over_exactly_its_words()
    {
        var articles = await factory.QueryAsync(db => db.Articles.ToDictionaryAsync(a => a.Id, a => a.NormalisedText));
        var spans = await factory.QueryAsync(db => db.SourceSpans.Select(s => new { s.ArticleId, s.Id, s.Start, s.Length, s.RecordType }).ToListAsync());
        Assert.Equal(5, articles.Count);

        foreach (var (id, text) in articles)
        {
            var marks = spans.Where(s => s.ArticleId == id)
                .Select(s => new TextMark(s.Id, s.Start, s.Length, "x", "value-x", "x", Block: s.RecordType == "ArticleTable")).ToList();
            var html = ArticleMarkup.Render(text, marks).Html;

            XElement.Parse("<root>" + html + "</root>");
            var document = new HtmlParser().ParseDocument(html);
            Assert.Null(document.QuerySelector(".unplaced"));
            foreach (var mark in marks.Where(m => !m.Block))
            {
                var pieces = document.QuerySelectorAll($"mark[data-span='{mark.Id}']").Where(p => p.QuerySelector($"mark[data-span='{mark.Id}']") is null);
                Assert.Equal(text.Substring(mark.Start, mark.Length), string.Concat(pieces.Select(p => p.TextContent)));
            }

            Assert.All(marks.Where(m => m.Block), m => Assert.Equal("figure", document.GetElementById($"span-{m.Id}")!.LocalName));
        }
    }

    [SkippableFact]
    public async Task Cite_block_gives_the_article_details_the_permalink_and_a_line_to_copy()
    {
        var link = await LinkAsync("Jens Stoltenberg meets Dritan Abazović");
        var page = await PageAsync(link);
        var permalink = "http://localhost" + link;

        Assert.Equal(permalink, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var cite = Assert.Single(page.QuerySelectorAll(".cite"));
        var details = cite.QuerySelectorAll("dt").Zip(cite.QuerySelectorAll("dd"), (dt, dd) => (dt.TextContent, dd.TextContent.Trim())).ToList();
        Assert.Equal(
            [
                ("Title", "NATO Secretary General and Montenegro Prime Minister Discuss Regional Security Challenges"),
                ("Publisher", "Not known"),
                ("Byline", "Not known"),
                ("Published", "Not known"),
                ("Source", "Source file 000_114351d6d29dec76.txt, no address recorded"),
                ("This record", permalink),
            ],
            details);
        Assert.Equal(
            $"“NATO Secretary General and Montenegro Prime Minister Discuss Regional Security Challenges”. Record: {permalink}.",
            cite.QuerySelector(".citation")!.TextContent);
    }

    [SkippableTheory]
    [InlineData("/meetings/987654")]
    [InlineData("/meetings/0")]
    [InlineData("/meetings/-3")]
    [InlineData("/meetings/abc")]
    [InlineData("/meetings/12abc")]
    public async Task An_unknown_or_malformed_id_answers_404_with_the_not_found_page(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Not found", Assert.Single(page.QuerySelectorAll("h1")).TextContent);
        Assert.StartsWith("Not found", page.Title, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".meeting-page"));
    }

    private async Task<IDocument> MeetingAsync(string title) => await PageAsync(await LinkAsync(title));

    /// <summary>The meeting's link as the meetings list gives it.</summary>
    private async Task<string> LinkAsync(string title)
    {
        var home = await PageAsync("/");
        return home.QuerySelectorAll("table.meetings a.title").Single(a => a.TextContent == title).GetAttribute("href")!;
    }

    private Task<IDocument> PageAsync(string url) => factory.GetPageAsync(url);
}

public sealed class SqliteMeetingPageTests(SeededApp seeded) : MeetingPageTests(seeded.App), IClassFixture<SeededApp>;

[Trait("Category", "PostgreSQL")]
public sealed class PostgresMeetingPageTests(PostgresSeededApp seeded) : MeetingPageTests(seeded.App), IClassFixture<PostgresSeededApp>;
