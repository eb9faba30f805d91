using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Tests.Browse;

public sealed class MeetingFilterQueryTests
{
    private static readonly Dictionary<string, string> Countries = new(StringComparer.Ordinal)
    {
        ["rs"] = "RS", ["serbia"] = "RS", ["xk"] = "XK", ["kosovo"] = "XK",
    };

    [Theory]
    [InlineData("from=2024", "2024-01-01", null)]
    [InlineData("to=2024", null, "2024-12-31")]
    [InlineData("from=2024-02&to=2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("from=2024-05-16&to=2024-05-20", "2024-05-16", "2024-05-20")]
    public void Dates_take_a_year_a_month_or_a_day_as_the_whole_period(string query, string? from, string? to)
    {
        var parsed = Parse(query);

        Assert.Equal(from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), parsed.Filter.From);
        Assert.Equal(to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), parsed.Filter.To);
        Assert.Empty(parsed.Ignored);
    }

    [Fact]
    public void A_range_written_backwards_is_swapped_and_said_so()
    {
        var parsed = Parse("from=2025&to=2023");

        Assert.Equal(new DateOnly(2023, 12, 31), parsed.Filter.From);
        Assert.Equal(new DateOnly(2025, 1, 1), parsed.Filter.To);
        Assert.Single(parsed.Ignored);
    }

    [Theory]
    [InlineData("country=Serbia&country=xk&country=RS", "RS,XK")]
    [InlineData("country=Atlantis", "")]
    public void Countries_are_known_codes_or_names_each_once(string query, string expected)
    {
        Assert.Equal(expected, string.Join(',', Parse(query).Filter.Countries));
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("page=-5")]
    [InlineData("page=abc")]
    [InlineData("size=1000")]
    [InlineData("status=2")]
    [InlineData("sort=sideways")]
    [InlineData("flags=closed")]
    [InlineData("from=16.12.2024")]
    [InlineData("from=0001")]
    [InlineData("topic=-3")]
    public void Unusable_values_fall_back_to_defaults_with_a_note(string query)
    {
        var parsed = Parse(query);

        Assert.Equal(new MeetingFilter().Page, parsed.Filter.Page);
        Assert.Equal(MeetingFilter.DefaultPageSize, parsed.Filter.PageSize);
        Assert.False(parsed.Filter.IsFiltered);
        Assert.Single(parsed.Ignored);
    }

    [Fact]
    public void Too_many_values_of_one_filter_are_capped()
    {
        var parsed = Parse(string.Join('&', Enumerable.Range(1, 50).Select(i => "person=" + i)));

        Assert.Equal(MeetingFilterQuery.MaxValuesPerFilter, parsed.Filter.People.Count);
        Assert.Single(parsed.Ignored);
    }

    [Fact]
    public void Every_filter_survives_a_trip_through_a_link()
    {
        var filter = new MeetingFilter
        {
            Countries = ["RS", "XK"],
            From = new DateOnly(2021, 3, 1),
            To = new DateOnly(2024, 12, 31),
            People = [3, 7],
            Official = "Vučić",
            Offices = ["Minister of Foreign Affairs of Serbia"],
            Topics = [4],
            Initiatives = [9],
            Status = MeetingStatus.Held,
            OpenFlagsOnly = true,
            Query = "dialogue & KFOR",
            OldestFirst = true,
            Page = 3,
            PageSize = 50,
        };

        var link = MeetingFilterQuery.Link("/", filter);
        var parsed = Parse(new Uri("http://x" + link).Query);

        Assert.Equal("/?country=RS&country=XK&from=2021-03&to=2024&person=3&person=7&official=Vu%C4%8Di%C4%87&office=Minister%20of%20Foreign%20Affairs%20of%20Serbia&topic=4&initiative=9&status=held&flags=open&q=dialogue%20%26%20KFOR&sort=oldest&page=3&size=50", link);
        Assert.Empty(parsed.Ignored);
        Assert.Equal(MeetingFilterQuery.ToPairs(filter), MeetingFilterQuery.ToPairs(parsed.Filter));
    }

    [Fact]
    public void The_default_filter_is_the_bare_path()
    {
        Assert.Equal("/", MeetingFilterQuery.Link("/", new MeetingFilter()));
    }

    private static MeetingFilterQuery.Parsed Parse(string query) =>
        MeetingFilterQuery.Parse(SeededDatabase.QueryPairs(query), Countries);
}
