using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Tests.Browse;

public abstract class MeetingBrowserTests(SeededDatabase seeded)
{
    private static readonly string[] AllTitles =
    [
        "Jens Stoltenberg meets Željko Komšić", "Jens Stoltenberg meets Dritan Abazović",
        "Jens Stoltenberg meets Milo Đukanović in Brussels",
    ];

    [SkippableFact]
    public async Task Unfiltered_list_is_newest_first_with_undated_meetings_last()
    {
        var results = await seeded.ListAsync("");

        Assert.Equal(6, results.Total);
        Assert.Equal(AllTitles, results.Rows.Take(3).Select(r => r.Title));
        Assert.All(results.Rows.Skip(3), r => Assert.Null(r.Date));
    }

    [SkippableFact]
    public async Task Oldest_first_still_puts_undated_meetings_last()
    {
        var results = await seeded.ListAsync("sort=oldest");

        Assert.Equal(AllTitles.Reverse(), results.Rows.Take(3).Select(r => r.Title));
        Assert.All(results.Rows.Skip(3), r => Assert.Null(r.Date));
    }

    [SkippableTheory]
    [InlineData("sort=oldest")]
    [InlineData("sort=newest")]
    public async Task Small_pages_read_in_turn_give_the_whole_list_in_its_order(string sort)
    {
        var whole = await seeded.ListAsync(sort);

        var pages = new List<int>();
        for (var page = 1; page <= 3; page++)
        {
            pages.AddRange((await seeded.ListAsync($"{sort}&size=2&page={page}")).Rows.Select(r => r.Id));
        }

        Assert.Equal(whole.Rows.Select(r => r.Id), pages);
    }

    [SkippableFact]
    public async Task Country_filter_accepts_a_code_or_a_name_and_counts_facets_over_the_result()
    {
        var byCode = await seeded.ListAsync("country=ba");
        var byName = await seeded.ListAsync("country=Bosnia+and+Herzegovina");

        Assert.Equal(3, byCode.Total);
        Assert.Equal(byCode.Rows.Select(r => r.Id), byName.Rows.Select(r => r.Id));
        Assert.All(byCode.Rows, r => Assert.Contains(r.Countries, c => c.Code == "BA"));
        var country = Assert.Single(byCode.Facets!.Countries);
        Assert.Equal(("BA", "Bosnia and Herzegovina", 3), (country.Value, country.Label, country.Count));
        Assert.Equal("Bosnia and Herzegovina", byCode.LabelOf("country", "BA"));
    }

    [SkippableFact]
    public async Task Two_countries_leave_only_meetings_with_both()
    {
        var results = await seeded.ListAsync("country=BA&country=ME");

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Rows);
    }

    [SkippableFact]
    public async Task Person_filter_finds_every_meeting_of_that_official_and_the_facet_counts_match()
    {
        var all = await seeded.ListAsync("");
        var rutte = all.Facets!.People.Single(p => p.Label == "Mark Rutte");

        var results = await seeded.ListAsync("person=" + rutte.Value);

        Assert.Equal(rutte.Count, results.Total);
        Assert.All(results.Rows, r => Assert.Contains(r.Participants, p => p.Name == "Mark Rutte"));
        Assert.Equal("Mark Rutte", results.LabelOf("person", rutte.Value));
    }

    [SkippableTheory]
    [InlineData("Komsic")]
    [InlineData("Komšić")]
    [InlineData("КОМШИЋ")]
    [InlineData("Ђукановић")]
    public async Task Official_names_match_without_diacritics_and_in_cyrillic(string name)
    {
        var results = await seeded.ListAsync("official=" + Uri.EscapeDataString(name));

        var row = Assert.Single(results.Rows);
        Assert.Contains(row.Participants, p => p.Name is "Željko Komšić" or "Milo Đukanović");
    }

    [SkippableFact]
    public async Task Office_filter_matches_the_office_as_one_phrase()
    {
        var results = await seeded.ListAsync("office=" + Uri.EscapeDataString("President of Montenegro"));

        var row = Assert.Single(results.Rows);
        Assert.Equal("Jens Stoltenberg meets Milo Đukanović in Brussels", row.Title);
        Assert.Contains(results.Facets!.Offices, o => o is { Label: "President of Montenegro", Count: 1 });
    }

    [SkippableTheory]
    [InlineData("official=Komsic%00")]
    [InlineData("office=President%20of%20Montenegro%00")]
    public async Task A_name_or_office_holding_a_nul_character_matches_nothing(string query)
    {
        var results = await seeded.ListAsync(query);

        Assert.Empty(results.Rows);
        Assert.Equal(0, results.Total);
    }

    [SkippableFact]
    public async Task A_year_range_gives_a_month_facet_and_month_precision_meetings_count_in_their_month()
    {
        var year = await seeded.ListAsync("from=2021&to=2021");

        var row = Assert.Single(year.Rows);
        Assert.Equal(DatePrecision.Month, row.DatePrecision);
        var month = Assert.Single(year.Facets!.Months);
        Assert.Equal(("2021-05", "May", 1), (month.Value, month.Label, month.Count));
    }

    [SkippableFact]
    public async Task Year_facet_lists_years_in_date_order_over_dated_meetings()
    {
        var results = await seeded.ListAsync("");

        Assert.Equal(["2021", "2024"], results.Facets!.Years.Select(y => y.Value));
        Assert.Equal([1, 2], results.Facets.Years.Select(y => y.Count));
    }

    [SkippableFact]
    public async Task Topic_and_status_filters_combine()
    {
        var all = await seeded.ListAsync("");
        var topic = all.Facets!.Topics[0];

        var results = await seeded.ListAsync($"topic={topic.Value}&status=planned");

        var row = Assert.Single(results.Rows);
        Assert.Equal(MeetingStatus.Planned, row.Status);
        Assert.Contains(topic.Label, row.Topics);
    }

    [SkippableFact]
    public async Task Open_flags_filter_keeps_meetings_with_an_unresolved_flag_and_its_count_is_the_facet()
    {
        var all = await seeded.ListAsync("");

        var flagged = await seeded.ListAsync("flags=open");

        Assert.Equal(all.Facets!.WithOpenFlags, flagged.Total);
        Assert.InRange(flagged.Total, 1, all.Total - 1);
        Assert.All(flagged.Rows, r => Assert.True(r.OpenFlags > 0));
    }

    [SkippableFact]
    public async Task Free_text_query_searches_the_articles_and_combines_with_filters()
    {
        var sarajevo = await seeded.ListAsync("q=Sarajevo");
        var sarajevoHeld = await seeded.ListAsync("q=sarajevo&status=held");

        Assert.Contains(sarajevo.Rows, r => r.Title == "Mark Rutte in Sarajevo");
        Assert.True(sarajevoHeld.Total < sarajevo.Total);
        Assert.All(sarajevoHeld.Rows, r => Assert.Equal(MeetingStatus.Held, r.Status));
    }

    [SkippableFact]
    public async Task Paging_splits_the_result_without_overlap_and_a_page_past_the_end_shows_the_last()
    {
        var first = await seeded.ListAsync("size=4");
        var second = await seeded.ListAsync("size=4&page=2");
        var past = await seeded.ListAsync("size=4&page=9");

        Assert.Equal(2, first.PageCount);
        Assert.Equal(4, first.Rows.Count);
        Assert.Equal(2, second.Rows.Count);
        Assert.Empty(first.Rows.Select(r => r.Id).Intersect(second.Rows.Select(r => r.Id)));
        Assert.Equal(second.Rows.Select(r => r.Id), past.Rows.Select(r => r.Id));
        Assert.Contains(past.Ignored, m => m.Contains("no page 9", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Unknown_ids_are_dropped_with_a_note_instead_of_emptying_the_list()
    {
        var results = await seeded.ListAsync("person=999999&topic=888888");

        Assert.Equal(6, results.Total);
        Assert.Contains(results.Ignored, m => m.Contains("no person number 999999", StringComparison.Ordinal));
        Assert.Contains(results.Ignored, m => m.Contains("no topic number 888888", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Rows_carry_sources_and_participants_with_inferred_names_marked()
    {
        var results = await seeded.ListAsync("");

        Assert.All(results.Rows, r => Assert.NotEmpty(r.Sources));
        var planned = results.Rows.Single(r => r.Status == MeetingStatus.Planned);
        Assert.Contains(planned.Participants, p => p.NameOrigin == ValueOrigin.Inferred || p.Name is null);
    }
}

public sealed class SqliteMeetingBrowserTests(SeededDatabase seeded) : MeetingBrowserTests(seeded), IClassFixture<SeededDatabase>;

[Trait("Category", "PostgreSQL")]
public sealed class PostgresMeetingBrowserTests(PostgresSeededDatabase seeded) : MeetingBrowserTests(seeded), IClassFixture<PostgresSeededDatabase>;
