using System.Net;
using AngleSharp.Html.Parser;

namespace BalkanMeetings.Web.Tests.Features.Countries;

public abstract class CountryPagesTests(AppFactory factory)
{
    [SkippableFact]
    public async Task Index_lists_the_six_countries_with_their_meeting_counts()
    {
        var page = await factory.GetPageAsync("/countries");

        var cards = page.QuerySelectorAll("ul.country-cards > li");
        Assert.Equal(
            ["Albania", "Bosnia and Herzegovina", "Kosovo", "Montenegro", "North Macedonia", "Serbia"],
            cards.Select(c => c.QuerySelector("h2 a")!.TextContent));
        var bosnia = cards[1];
        Assert.Equal("/countries/ba", bosnia.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("/?country=BA", bosnia.QuerySelector(".numbers a")!.GetAttribute("href"));
        Assert.Equal("3 meetings involving Bosnia and Herzegovina", bosnia.QuerySelector(".numbers a")!.TextContent);
        Assert.Equal("latest in 2024", bosnia.QuerySelector(".latest")!.TextContent);
        Assert.Equal("No meetings yet", cards[0].QuerySelector(".numbers span")!.TextContent);
    }

    [SkippableTheory]
    [InlineData("/countries/ba")]
    [InlineData("/countries/BA")]
    [InlineData("/countries/Ba")]
    public async Task Country_page_answers_to_its_code_in_any_case(string url)
    {
        var page = await factory.GetPageAsync(url);

        Assert.Equal("Bosnia and Herzegovina", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("/?country=BA", page.QuerySelector(".profile-links a")!.GetAttribute("href"));
        Assert.Equal("All 3 meetings involving Bosnia and Herzegovina", page.QuerySelector(".profile-links a")!.TextContent);
        Assert.Equal("/calendar.ics?country=BA", page.QuerySelector(".profile-links a:last-child")!.GetAttribute("href"));
    }

    [SkippableFact]
    public async Task Country_page_charts_the_dated_meetings_with_the_summit_of_that_year()
    {
        var page = await factory.GetPageAsync("/countries/ba");

        var svg = page.QuerySelector("figure.chart .chart-wide svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        var bar = Assert.Single(svg.QuerySelectorAll("rect.bar"));
        Assert.Equal(("2024", "1"), (bar.GetAttribute("data-year"), bar.GetAttribute("data-count")));
        Assert.Equal("/?country=BA&from=2024&to=2024", page.QuerySelector("details.chart-table tbody td.n a")!.GetAttribute("href"));
        Assert.Contains("Washington Summit", Assert.Single(svg.QuerySelectorAll("g.summit")).TextContent, StringComparison.Ordinal);
        Assert.Equal("2024", page.QuerySelector("details.chart-table tbody th")!.TextContent);
        Assert.Contains("2 meetings with no known date are not in the chart.", page.QuerySelector("#over-time ~ p.note")!.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Country_page_lists_officials_topics_initiatives_and_the_latest_meetings()
    {
        var page = await factory.GetPageAsync("/countries/ba");

        var groups = page.QuerySelectorAll("#officials ~ h3").Select(h => h.TextContent).ToList();
        Assert.Equal(["NATO", "Bosnia and Herzegovina"], groups);
        var komsic = page.QuerySelectorAll("ol.ranked li").Single(li => li.QuerySelector(".name a")?.TextContent == "Željko Komšić");
        var personId = komsic.QuerySelector(".name a")!.GetAttribute("href")!["/people/".Length..];
        Assert.Equal($"/?country=BA&person={personId}", komsic.QuerySelector("a.n")!.GetAttribute("href"));
        Assert.Equal("Chair of the Presidency", komsic.QuerySelector(".detail")!.TextContent);

        var topics = page.QuerySelectorAll("#topics + ol > li");
        Assert.NotEmpty(topics);
        Assert.All(topics, t => Assert.Matches(@"^/\?country=BA&topic=\d+$", t.QuerySelector("a.n")!.GetAttribute("href")));
        Assert.All(page.QuerySelectorAll("#initiatives + ol a.n"), a => Assert.Matches(@"^/\?country=BA&initiative=\d+$", a.GetAttribute("href")));

        var latest = page.QuerySelectorAll("#latest ~ table.meetings tbody tr");
        Assert.Equal(3, latest.Length);
        Assert.Equal("18 Dec 2024", latest[0].QuerySelector("td.when time")!.TextContent);
    }

    [SkippableFact]
    public async Task Country_without_meetings_says_so_instead_of_a_chart()
    {
        var page = await factory.GetPageAsync("/countries/al");

        Assert.Equal("Albania", page.QuerySelector("h1")!.TextContent);
        Assert.Null(page.QuerySelector("svg"));
        Assert.Equal("No dated meetings involve Albania yet, so there is nothing to chart.", page.QuerySelector("#over-time + p.empty-note")!.TextContent);
        Assert.Equal("No identified official in these meetings yet.", page.QuerySelector("#officials + p.empty-note")!.TextContent);
        Assert.Null(page.QuerySelector("table.meetings"));
    }

    [SkippableTheory]
    [InlineData("/countries/zz")]
    [InlineData("/countries/serbia-and-montenegro")]
    public async Task Unknown_country_code_is_a_404_with_the_not_found_page(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Not found", page.QuerySelector("main h1")!.TextContent);
    }
}

public sealed class SqliteCountryPagesTests(SeededApp seeded) : CountryPagesTests(seeded.App), IClassFixture<SeededApp>;

[Trait("Category", "PostgreSQL")]
public sealed class PostgresCountryPagesTests(PostgresSeededApp seeded) : CountryPagesTests(seeded.App), IClassFixture<PostgresSeededApp>;
