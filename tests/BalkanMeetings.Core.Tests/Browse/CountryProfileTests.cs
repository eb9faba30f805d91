using BalkanMeetings.Core.Browse;

namespace BalkanMeetings.Core.Tests.Browse;

public sealed class CountryProfileTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Theory]
    [InlineData("BA")]
    [InlineData("ba")]
    [InlineData(" Ba ")]
    public async Task Bosnia_and_Herzegovina_has_three_meetings_whatever_the_case_of_its_code(string code)
    {
        var bosnia = await LoadAsync(code);

        Assert.Equal(("BA", "Bosnia and Herzegovina", "Sarajevo"), (bosnia.Code, bosnia.Name, bosnia.Capital));
        Assert.Equal(3, bosnia.MeetingCount);
        Assert.Contains("BiH", bosnia.Aliases);
    }

    [Fact]
    public async Task Years_count_the_dated_meetings_and_the_undated_are_counted_apart()
    {
        var bosnia = await LoadAsync("BA");

        Assert.Equal([new YearCount(2024, 1)], bosnia.MeetingsByYear);
        Assert.Equal(2, bosnia.UndatedCount);
        Assert.Equal(bosnia.MeetingCount, bosnia.MeetingsByYear.Sum(y => y.Count) + bosnia.UndatedCount);
    }

    [Fact]
    public async Task Summits_are_those_within_the_charted_years()
    {
        var bosnia = await LoadAsync("BA");
        var montenegro = await LoadAsync("ME");

        var summit = Assert.Single(bosnia.Summits);
        Assert.Equal(("Washington Summit", new DateOnly(2024, 7, 9)), (summit.Name, summit.Start));
        Assert.Equal([2021, 2022, 2022, 2023, 2024], montenegro.Summits.Select(s => s.Start.Year));
    }

    [Fact]
    public async Task Officials_met_are_split_into_NATO_and_the_countrys_own_with_the_office_the_articles_give()
    {
        var bosnia = await LoadAsync("BA");

        Assert.Equal(["Jens Stoltenberg", "Mark Rutte"], bosnia.NatoOfficials.Select(o => o.Name).Order(StringComparer.Ordinal));
        var komsic = Assert.Single(bosnia.OwnOfficials);
        Assert.Equal(("Željko Komšić", "Chair of the Presidency", 1), (komsic.Name, komsic.Role, komsic.Count));
        Assert.Empty(bosnia.OtherOfficials);
        Assert.Equal(1, bosnia.Officials.Single(o => o.Name == "Mark Rutte").Count);
    }

    [Fact]
    public async Task Topics_and_initiatives_are_counted_over_the_countrys_meetings_most_first()
    {
        var bosnia = await LoadAsync("BA");

        Assert.NotEmpty(bosnia.Topics);
        Assert.All(bosnia.Topics, t => Assert.InRange(t.Count, 1, bosnia.MeetingCount));
        Assert.Equal(bosnia.Topics.OrderByDescending(t => t.Count).Select(t => t.Count), bosnia.Topics.Select(t => t.Count));
        Assert.NotEmpty(bosnia.Initiatives);
        Assert.All(bosnia.Initiatives, i => Assert.InRange(i.Count, 1, bosnia.MeetingCount));
    }

    [Fact]
    public async Task A_country_without_meetings_has_an_empty_profile_and_an_unknown_code_none()
    {
        var albania = await LoadAsync("al");
        await using var db = seeded.CreateContext();

        Assert.Equal(0, albania.MeetingCount);
        Assert.Empty(albania.MeetingsByYear);
        Assert.Empty(albania.Summits);
        Assert.Empty(albania.Officials);
        Assert.Empty(albania.Topics);
        Assert.Null(await CountryProfile.LoadAsync(db, "ZZ", CancellationToken.None));
        Assert.Null(await CountryProfile.LoadAsync(db, "", CancellationToken.None));
    }

    [Fact]
    public async Task A_profile_costs_the_same_number_of_queries_whatever_the_country()
    {
        var counts = new List<int>();
        foreach (var code in new[] { "AL", "BA", "ME" })
        {
            var counter = new CommandCounter();
            await using var db = CommandCounter.Context(seeded, counter);
            await CountryProfile.LoadAsync(db, code, CancellationToken.None);
            counts.Add(counter.Count);
        }

        // A country with no dated meetings skips the summits query; the rest cost the same.
        Assert.Equal(counts[1], counts[2]);
        Assert.InRange(counts[1], 1, 8);
    }

    [Fact]
    public async Task Index_lists_the_six_countries_by_name_with_their_meeting_counts()
    {
        await using var db = seeded.CreateContext();

        var countries = await CountryIndex.LoadAsync(db, CancellationToken.None);

        Assert.Equal(
            ["Albania", "Bosnia and Herzegovina", "Kosovo", "Montenegro", "North Macedonia", "Serbia"],
            countries.Select(c => c.Name));
        Assert.Equal([0, 3, 1, 2, 0, 0], countries.Select(c => c.MeetingCount));
        Assert.Equal(new DateOnly(2024, 12, 18), countries.Single(c => c.Code == "BA").LatestDate);
        Assert.Null(countries.Single(c => c.Code == "XK").LatestDate);
    }

    private async Task<CountryProfile> LoadAsync(string code)
    {
        await using var db = seeded.CreateContext();
        return (await CountryProfile.LoadAsync(db, code, CancellationToken.None))!;
    }
}
