using BalkanMeetings.Core.Import.Extraction.Temporal;

namespace BalkanMeetings.Core.Tests.Import.Extraction.Temporal;

public sealed class DateTaggerTests
{
    [Theory]
    [InlineData("talks on 7th of March 2019 in Tirana", "7th of March 2019", "2019-03-07")]
    [InlineData("received on the 27th of september 2017, a wednesday", "the 27th of september 2017", "2017-09-27")]
    [InlineData("03.07.2019. — the minister arrived", "03.07.2019", "2019-07-03")]
    [InlineData("2019/03/07 — a visit", "2019/03/07", "2019-03-07")]
    [InlineData("dated 2024-12-16 in the file", "2024-12-16", "2024-12-16")]
    [InlineData("WIRE — 06 DEC 2018 16:12 GMT", "06 DEC 2018", "2018-12-06")]
    [InlineData("29 Jan. 2020 | NATO Headquarters", "29 Jan. 2020", "2020-01-29")]
    [InlineData("Monday, 13 April 2020", "Monday, 13 April 2020", "2020-04-13")]
    [InlineData("on November 7, 2024 in Budapest", "November 7, 2024", "2024-11-07")]
    [InlineData("in March 2024 the ministry", "March 2024", "2024-03")]
    [InlineData("at the 2–4 April 2008 summit", "the 2–4 April 2008", "2008-04-02..2008-04-04")]
    [InlineData("from 9 to 11 July 2024", "from 9 to 11 July 2024", "2024-07-09..2024-07-11")]
    [InlineData("covering 26 April – 2 May 2021", "26 April – 2 May 2021", "2021-04-26..2021-05-02")]
    public void Calendar_dates_are_read_in_every_common_form_with_their_span(string text, string phrase, string value)
    {
        var date = Assert.Single(DateTagger.Find(text), d => d.Kind == DateExpressionKind.Calendar && !d.IsBareYear);

        Assert.Equal(phrase, text[date.Start..date.End]);
        Assert.Equal(DateExpressionKind.Calendar, date.Kind);
        Assert.Equal(value, date.Value.ToString());
    }

    [Theory]
    [InlineData("Skopje, Aug 26: met the minister", "Aug 26", 8, 26, 0)]
    [InlineData("the talks of 2–3 June", "2–3 June", 6, 2, 3)]
    [InlineData("during the July 11-12 summit", "July 11-12", 7, 11, 12)]
    [InlineData("Tue 15 Apr", "Tue 15 Apr", 4, 15, 0)]
    [InlineData("at the end of October he was in Podgorica", "end of October", 10, 0, 0)]
    public void Dates_without_a_year_keep_their_month_and_days_for_the_anchor(string text, string phrase, int month, int day, int endDay)
    {
        var date = Assert.Single(DateTagger.Find(text));

        Assert.Equal(phrase, text[date.Start..date.End]);
        Assert.Equal((DateExpressionKind.Yearless, month, day, endDay), (date.Kind, date.Month, date.Day, date.EndDay));
        Assert.Null(date.Value);
    }

    [Theory]
    [InlineData("spoke on Thursday with the president", DateExpressionKind.Weekday, 0)]
    [InlineData("last Tuesday the president spoke", DateExpressionKind.Weekday, -1)]
    [InlineData("met earlier today with the minister", DateExpressionKind.RelativeDay, 0)]
    [InlineData("arrived yesterday, Sunday, at the airport", DateExpressionKind.RelativeDay, -1)]
    [InlineData("they met two days ago", DateExpressionKind.RelativeDay, -2)]
    [InlineData("last week the prime minister was in Brussels", DateExpressionKind.RelativePeriod, -1)]
    [InlineData("the next day he went on to Tirana", DateExpressionKind.FollowingDay, 1)]
    public void Relative_phrases_are_read_with_their_direction(string text, DateExpressionKind kind, int offset)
    {
        var date = DateTagger.Find(text).First();

        Assert.Equal((kind, offset), (date.Kind, date.Offset));
    }

    [Theory]
    [InlineData("briefed them on Wednesday's meeting of foreign ministers")]
    [InlineData("welcomed yesterday's decision of the Council")]
    public void A_possessive_date_is_marked_as_belonging_to_what_follows(string text)
    {
        Assert.True(Assert.Single(DateTagger.Find(text)).IsPossessive);
    }

    [Theory]
    [InlineData("Issue 17/2021 of the digest")]
    [InlineData("No. 15/2020 — research note 12/2010")]
    [InlineData("some 3,700 troops from 28 countries at 16:12")]
    [InlineData("Resolution 1244 and page 14")]
    public void Numbers_that_are_not_dates_are_left_alone(string text)
    {
        Assert.DoesNotContain(DateTagger.Find(text), d => !d.IsBareYear);
    }

    [Fact]
    public void A_year_alone_is_a_bare_year()
    {
        var years = DateTagger.Find("independence in 2008, a mission since 1999 and the years 2023–2024");

        Assert.All(years, y => Assert.True(y.IsBareYear));
        Assert.Equal(3, years.Count);
    }
}
