namespace BalkanMeetings.Web.Tests.Features.Initiatives;

public abstract class InitiativeListTests(AppFactory factory)
{
    [SkippableFact]
    public async Task Initiatives_show_objective_timeline_and_countries_and_link_to_their_meetings()
    {
        var page = await factory.GetPageAsync("/initiatives");

        var cyber = page.QuerySelectorAll("ol.entries > li").Single(li => li.QuerySelector("h2")!.TextContent.Trim() == "Cyber Defense Framework");
        Assert.Matches(@"^/\?initiative=\d+$", cyber.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("1 meeting", cyber.QuerySelector(".n")!.TextContent);
        var facts = cyber.QuerySelectorAll("dl.facts dt").Select(dt => (dt.TextContent, dt.NextElementSibling!.TextContent.Trim())).ToList();
        Assert.Equal(("Objective", "Strengthen cyber resilience"), facts[0]);
        Assert.Equal(("Timeline", "2024"), facts[1]);
        Assert.Equal("Countries", facts[2].TextContent);
        Assert.Matches("^/countries/[a-z]{2}$", cyber.QuerySelector("dl.facts a.country")!.GetAttribute("href"));
    }

    [SkippableFact]
    public async Task Initiatives_sort_by_name_on_request()
    {
        var byCount = await factory.GetPageAsync("/initiatives");
        var byName = await factory.GetPageAsync("/initiatives?sort=name");

        var names = byName.QuerySelectorAll("ol.entries h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(names.Order(StringComparer.InvariantCultureIgnoreCase), names);
        Assert.Equal(names.Order(StringComparer.Ordinal), byCount.QuerySelectorAll("ol.entries h2").Select(h => h.TextContent.Trim()).Order(StringComparer.Ordinal));
        Assert.Equal("true", byName.QuerySelector("nav.sort-links a[href='/initiatives?sort=name']")!.GetAttribute("aria-current"));
    }
}

public sealed class SqliteInitiativeListTests(SeededApp seeded) : InitiativeListTests(seeded.App), IClassFixture<SeededApp>;

[Trait("Category", "PostgreSQL")]
public sealed class PostgresInitiativeListTests(PostgresSeededApp seeded) : InitiativeListTests(seeded.App), IClassFixture<PostgresSeededApp>;
