using System.Text.Json;
using System.Xml.Linq;
using BalkanMeetings.Web.Features.Export;

namespace BalkanMeetings.Web.Tests.Features.Export;

public sealed class SourceColumnsTests(SourcedArticleApp app) : IClassFixture<SourcedArticleApp>
{
    private static readonly XNamespace Atom = AtomWriter.Namespace;

    [Fact]
    public async Task Csv_gives_the_source_address_publisher_date_and_byline_and_keeps_a_hostile_title_from_running_as_a_formula()
    {
        using var client = app.Factory.CreateClient();

        var csv = await CsvFile.GetAsync(client, "/export/meetings.csv?country=RS");

        var row = Assert.Single(csv.Rows);
        Assert.Equal("Mark Rutte | Aleksandar Vučić", csv.Cell(row, "participants"));
        Assert.Equal(SourcedArticleApp.SourceUrl, csv.Cell(row, "source_urls"));
        Assert.Equal(SourcedArticleApp.Publisher, csv.Cell(row, "publishers"));
        Assert.Equal("2025-03-04", csv.Cell(row, "published_dates"));
        Assert.Equal(SourcedArticleApp.Byline, csv.Cell(row, "bylines"));

        // The formula guard's apostrophe, and the value's own pipe turned into ¦ so the list stays one entry.
        Assert.Equal("'=HYPERLINK(\"http://example.com\") ¦ Rutte meets Vučić", csv.Cell(row, "source_titles"));

        // Quoting as RFC 4180 has it: the comma and the quotes of the publisher.
        Assert.Contains(",\"Wire, \"\"Balkans\"\" desk\",", csv.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_export_gives_the_source_exactly_as_stored()
    {
        using var client = app.Factory.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/export/meetings.json", UriKind.Relative)));

        var source = Assert.Single(Assert.Single(json.RootElement.EnumerateArray()).GetProperty("sources").EnumerateArray());
        Assert.Equal(SourcedArticleApp.Title, source.GetProperty("title").GetString());
        Assert.Equal(SourcedArticleApp.SourceUrl, source.GetProperty("url").GetString());
        Assert.Equal(SourcedArticleApp.Publisher, source.GetProperty("publisher").GetString());
        Assert.Equal("2025-03-04", source.GetProperty("publishedOn").GetString());
        Assert.Equal(SourcedArticleApp.Byline, source.GetProperty("byline").GetString());
        Assert.Equal("sr-Latn", source.GetProperty("language").GetString());
    }

    [Fact]
    public async Task Feed_entry_links_the_source_article_and_names_its_byline_and_publisher()
    {
        using var client = app.Factory.CreateClient();

        var feed = XDocument.Parse(await client.GetStringAsync(new Uri("/feed/meetings.atom?official=vucic", UriKind.Relative)));

        Assert.Equal("BalkanMeetings: vucic", feed.Root!.Element(Atom + "title")!.Value);
        var entry = Assert.Single(feed.Root.Elements(Atom + "entry"));
        Assert.Equal(SourcedArticleApp.SourceUrl, entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "via").Attribute("href")!.Value);
        Assert.Equal($"{SourcedArticleApp.Byline}, {SourcedArticleApp.Publisher}", entry.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Equal("3 Mar 2025 · Brussels, Serbia · Mark Rutte (Secretary General of NATO), Aleksandar Vučić (President of Serbia)", entry.Element(Atom + "summary")!.Value);
    }
}
