using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace BalkanMeetings.Web.Tests.Features.Meetings;

public abstract class MeetingListTests(AppFactory factory)
{
    [SkippableFact]
    public async Task Home_page_lists_the_seed_meetings_imported_at_start_newest_first()
    {
        var page = await factory.GetPageAsync("/");

        var rows = page.QuerySelectorAll("table.meetings tbody tr");
        Assert.Equal(6, rows.Length);
        Assert.Equal("18 Dec 2024", rows[0].QuerySelector("td.when time")!.TextContent);
        Assert.Contains("Željko Komšić", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("May 2021", rows[2].QuerySelector("td.when time")!.TextContent);
        Assert.Equal("6 meetings", page.QuerySelector("#result-count")!.TextContent);
    }

    [SkippableFact]
    public async Task Country_filter_narrows_the_list_shows_a_removable_chip_and_facet_counts_of_the_result()
    {
        var page = await factory.GetPageAsync("/?country=BA");

        Assert.Equal(3, page.QuerySelectorAll("table.meetings tbody tr").Length);
        Assert.Equal("3 meetings match", page.QuerySelector("#result-count")!.TextContent);
        var chip = Assert.Single(page.QuerySelectorAll(".chips a"));
        Assert.StartsWith("Bosnia and Herzegovina", chip.TextContent, StringComparison.Ordinal);
        Assert.Equal("/", chip.GetAttribute("href"));
        Assert.Equal(["Bosnia and Herzegovina 3"], FacetItems(page, "country"));
        Assert.Contains("Mark Rutte 1", FacetItems(page, "person"));
        Assert.True(page.QuerySelector<IHtmlInputElement>("input[name=country][value=BA]")!.IsChecked);
    }

    [SkippableFact]
    public async Task Following_a_facet_link_adds_its_filter_to_the_current_ones()
    {
        var page = await factory.GetPageAsync("/?country=BA");
        var rutte = page.QuerySelectorAll("#facet-person ~ ul a").Single(a => a.TextContent.Contains("Mark Rutte", StringComparison.Ordinal));

        var filtered = await factory.GetPageAsync(rutte.GetAttribute("href")!);

        var row = Assert.Single(filtered.QuerySelectorAll("table.meetings tbody tr"));
        Assert.Contains("Mark Rutte in Sarajevo", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, filtered.QuerySelectorAll(".chips a").Length);
    }

    [SkippableFact]
    public async Task Official_filter_matches_a_name_typed_in_cyrillic()
    {
        var page = await factory.GetPageAsync("/?official=" + Uri.EscapeDataString("Комшић"));

        var row = Assert.Single(page.QuerySelectorAll("table.meetings tbody tr"));
        Assert.Contains("Željko Komšić", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Комшић", page.QuerySelector<IHtmlInputElement>("#official")!.Value);
    }

    [SkippableFact]
    public async Task Year_facet_sets_a_date_range_that_then_offers_months()
    {
        var page = await factory.GetPageAsync("/");
        var year2024 = page.QuerySelectorAll("#facet-year ~ ul a").Single(a => a.TextContent.Contains("2024", StringComparison.Ordinal));
        Assert.Equal("/?from=2024&to=2024", year2024.GetAttribute("href"));

        var filtered = await factory.GetPageAsync("/?from=2024&to=2024");

        Assert.Equal(2, filtered.QuerySelectorAll("table.meetings tbody tr").Length);
        Assert.Equal(["December 2"], FacetItems(filtered, "month"));
        Assert.Equal("2024", filtered.QuerySelector<IHtmlInputElement>("#from")!.Value);
    }

    [SkippableTheory]
    [InlineData("/", false)]
    [InlineData("/?q=sarajevo&official=Rutte&country=BA&topic=1", false)]
    [InlineData("/?from=2024", true)]
    [InlineData("/?to=2024-06", true)]
    [InlineData("/?status=planned", true)]
    [InlineData("/?sort=oldest", true)]
    [InlineData("/?flags=open", true)]
    public async Task More_filters_unfold_exactly_when_one_of_them_is_in_use(string url, bool open)
    {
        var page = await factory.GetPageAsync(url);

        var more = page.QuerySelector("form.filter-bar details.more-filters")!;
        Assert.Equal(open, more.HasAttribute("open"));
        Assert.Equal(["from", "to", "status", "sort", "flags"], more.QuerySelectorAll("input[name], select").Select(e => e.GetAttribute("name")));
    }

    [SkippableFact]
    public async Task The_country_checkboxes_stand_with_the_facets_and_belong_to_the_filter_form()
    {
        var page = await factory.GetPageAsync("/?country=BA");

        var form = page.QuerySelector<IHtmlFormElement>("form.filter-bar")!;
        var countries = page.QuerySelectorAll<IHtmlInputElement>("aside.facets details.refine input[name=country]").ToList();
        Assert.Equal(6, countries.Count);
        Assert.All(countries, box => Assert.Same(form, box.Form));
        Assert.Same(form, page.QuerySelector<IHtmlButtonElement>("aside.facets button[type=submit]")!.Form);
    }

    [SkippableFact]
    public async Task Combined_filters_all_apply_and_each_chip_removes_only_itself()
    {
        var page = await factory.GetPageAsync("/?country=BA&status=planned&q=sarajevo");

        Assert.Single(page.QuerySelectorAll("table.meetings tbody tr"));
        var chips = page.QuerySelectorAll(".chips a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/?status=planned&q=sarajevo", "/?country=BA&q=sarajevo", "/?country=BA&status=planned"], chips);
    }

    [SkippableFact]
    public async Task Filters_that_match_nothing_give_an_empty_state_with_ways_out()
    {
        var page = await factory.GetPageAsync("/?country=AL");

        Assert.Empty(page.QuerySelectorAll("table.meetings"));
        Assert.Equal("No meetings match", page.QuerySelector(".empty h2")!.TextContent);
        Assert.Contains(page.QuerySelectorAll(".empty a"), a => a.GetAttribute("href") == "/");
    }

    [SkippableTheory]
    [InlineData("/?from=2024-13-45", "is not a date")]
    [InlineData("/?country=ZZ", "Unknown country")]
    [InlineData("/?page=-5", "page=-5")]
    [InlineData("/?status=maybe", "Status")]
    [InlineData("/?person=abc", "not a person number")]
    public async Task Bad_query_values_are_named_in_a_notice_and_the_rest_of_the_page_works(string url, string said)
    {
        var page = await factory.GetPageAsync(url);

        Assert.Contains(said, page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(6, page.QuerySelectorAll("table.meetings tbody tr").Length);
    }

    [SkippableFact]
    public async Task A_ten_thousand_character_query_is_cut_not_refused()
    {
        var page = await factory.GetPageAsync("/?q=" + new string('x', 10_000));

        Assert.Contains("cut", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(200, page.QuerySelector<IHtmlInputElement>("#q")!.Value.Length);
    }

    [SkippableFact]
    public async Task Paging_links_keep_the_filters()
    {
        var page = await factory.GetPageAsync("/?status=held&size=2");

        var next = page.QuerySelector(".pager a[rel=next]")!.GetAttribute("href");
        Assert.Equal("/?status=held&page=2&size=2", next);
        var second = await factory.GetPageAsync(next!);
        Assert.Equal("/?status=held&size=2", second.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Contains("Page 2 of 3", second.QuerySelector(".pager")!.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Export_links_carry_the_current_filter()
    {
        var page = await factory.GetPageAsync("/?country=BA&page=1");

        var links = page.QuerySelectorAll(".exports a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/export/meetings.csv?country=BA", links);
        Assert.Contains("/feed/meetings.atom?country=BA", links);
        Assert.Contains("/calendar.ics?country=BA", links);
    }

    [SkippableFact]
    public async Task Unknown_path_gives_the_not_found_page_with_status_404()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/no/such/page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static List<string> FacetItems(IDocument page, string facet) =>
        page.QuerySelectorAll($"#facet-{facet} ~ ul li").Select(li => string.Join(' ', li.TextContent.Replace("×", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();
}

public sealed class SqliteMeetingListTests(SeededApp seeded) : MeetingListTests(seeded.App), IClassFixture<SeededApp>;

[Trait("Category", "PostgreSQL")]
public sealed class PostgresMeetingListTests(PostgresSeededApp seeded) : MeetingListTests(seeded.App), IClassFixture<PostgresSeededApp>;
