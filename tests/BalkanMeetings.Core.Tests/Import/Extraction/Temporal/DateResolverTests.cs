using BalkanMeetings.Core.Import.Extraction.Temporal;

namespace BalkanMeetings.Core.Tests.Import.Extraction.Temporal;

public sealed class DateResolverTests
{
    private static readonly DateAnchor Thursday = new(DateValue.Day(new DateOnly(2022, 8, 4)), "dateline", null);

    private static readonly DateAnchor DigestWeek = new(DateValue.Days(new DateOnly(2021, 4, 26), new DateOnly(2021, 5, 2)), "header", null);

    [Theory]
    [InlineData("spoke on Tuesday", TimeDirection.Past, "2022-08-02")]
    [InlineData("spoke on Thursday", TimeDirection.Past, "2022-08-04")]
    [InlineData("will meet on Tuesday", TimeDirection.Future, "2022-08-09")]
    [InlineData("last Thursday", TimeDirection.Past, "2022-07-28")]
    [InlineData("yesterday", TimeDirection.Past, "2022-08-03")]
    [InlineData("earlier today", TimeDirection.Past, "2022-08-04")]
    [InlineData("the day before yesterday", TimeDirection.Past, "2022-08-02")]
    [InlineData("last week", TimeDirection.Past, "2022-07")]
    [InlineData("next month", TimeDirection.Future, "2022-09")]
    [InlineData("on 31 July", TimeDirection.Past, "2022-07-31")]
    [InlineData("on Mar 6", TimeDirection.Past, "2022-03-06")]
    [InlineData("at the end of October", TimeDirection.Past, "2021-10")]
    public void Relative_and_yearless_phrases_take_their_date_from_the_anchor(string text, TimeDirection direction, string expected)
    {
        var date = DateTagger.Find(text).Single(d => !d.IsBareYear);

        var resolved = DateResolver.Resolve(date, Thursday, direction);

        Assert.Equal(expected, resolved.Value.ToString());
        Assert.Equal("dateline 2022-08-04", resolved.Anchor);
    }

    [Theory]
    [InlineData("on Wednesday", "2021-04-28")]
    [InlineData("on Thursday", "2021-04-29")]
    [InlineData("Thu 29 Apr", "2021-04-29")]
    public void A_weekday_in_a_digest_is_the_one_among_the_days_it_covers(string text, string expected)
    {
        var resolved = DateResolver.Resolve(DateTagger.Find(text).Single(), DigestWeek, TimeDirection.Past);

        Assert.Equal(expected, resolved.Value.ToString());
    }

    [Fact]
    public void A_week_that_runs_across_two_months_supports_only_the_year()
    {
        var anchor = new DateAnchor(DateValue.Day(new DateOnly(2021, 12, 2)), "header", null);
        var resolved = DateResolver.Resolve(DateTagger.Find("this week").Single(), anchor, TimeDirection.Past);

        Assert.Equal("2021", resolved.Value.ToString());
    }

    [Fact]
    public void The_next_day_follows_the_encounter_reported_before()
    {
        var nextDay = DateTagger.Find("The next day he was in Tirana").Single();

        var resolved = DateResolver.FollowOn(nextDay, DateValue.Day(new DateOnly(2019, 6, 2)));

        Assert.Equal("2019-06-03", resolved.Value.ToString());
    }

    [Fact]
    public void Without_an_anchor_a_relative_phrase_stays_unresolved()
    {
        var today = DateTagger.Find("met the president today").Single();

        Assert.Null(DateResolver.Resolve(today, null, TimeDirection.Past).Value);
    }

    [Fact]
    public void Next_week_is_a_month_for_the_record_but_seven_days_for_matching()
    {
        var resolved = DateResolver.Resolve(DateTagger.Find("next week").Single(), Thursday, TimeDirection.Future);

        Assert.Equal(("2022-08", "2022-08-08..2022-08-14"), (resolved.Value.ToString(), resolved.Days.ToString()));
    }
}

