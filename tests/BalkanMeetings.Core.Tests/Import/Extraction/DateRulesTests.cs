using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Tests.Import.Extraction;

public sealed class DateRulesTests
{
    [Theory]
    [InlineData("on December 16,2024,to discuss", "2024-12-16")]
    [InlineData("on Wednesday (18 March 2015)", "2015-03-18")]
    [InlineData("on Monday, March 3, 2025", "2025-03-03")]
    [InlineData("on the 5th of May 2019", "2019-05-05")]
    [InlineData("on 2023-10-31", "2023-10-31")]
    [InlineData("on 21/09/2021", "2021-09-21")]
    public void Full_dates_are_read_in_every_common_form(string phrase, string expected)
    {
        var meeting = Snippets.OnlyMeeting($"NATO Secretary General Jens Stoltenberg met Prime Minister Edi Rama in Tirana {phrase}.");

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), meeting.Date);
        Assert.Equal(DatePrecision.Day, meeting.DatePrecision);
        Assert.Equal(ValueOrigin.Stated, meeting.DateOrigin);
    }

    [Theory]
    [InlineData("PODGORICA, June 11, 2015 (WBN) -- NATO Secretary General Jens Stoltenberg met Prime Minister Milo Djukanovic on Thursday.", "2015-06-11")]
    [InlineData("BRUSSELS, 20 June 2017 – NATO Secretary General Jens Stoltenberg on Monday welcomed Prime Minister Edi Rama to NATO Headquarters.", "2017-06-19")]
    [InlineData("BELGRADE, May 17, 2021 - President Aleksandar Vucic will pay a visit to NATO headquarters on Wednesday to meet NATO Secretary General Jens Stoltenberg.", "2021-05-19")]
    [InlineData("Kosovo | Security | 21/09/2021\nPresident Vjosa Osmani met NATO Secretary General Jens Stoltenberg today.", "2021-09-21")]
    [InlineData("+=====================================================+\n|   ___   _  ___   ADRIATIC DEFENCE BRIEF               |\n|  / _ \\ | ||   \\  plain-text edition                  |\n|  \\___/ |_||___/  No. 48 - Friday 18 Dec 2020         |\n+=====================================================+\n\nOn Tuesday Prime Minister Zdravko Krivokapić was received at NATO headquarters by Secretary General Jens Stoltenberg.", "2020-12-15")]
    public void Relative_days_are_resolved_against_the_dateline(string text, string expected)
    {
        var meeting = Snippets.OnlyMeeting(text);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), meeting.Date);
        Assert.Equal(ValueOrigin.Inferred, meeting.DateOrigin);
    }

    [Fact]
    public void The_sidecar_publication_date_resolves_today()
    {
        var meeting = Snippets.OnlyMeeting("NATO Secretary General Mark Rutte met Prime Minister Edi Rama in Tirana today.", new DateOnly(2025, 3, 4));

        Assert.Equal(new DateOnly(2025, 3, 4), meeting.Date);
    }

    [Fact]
    public void Background_years_do_not_date_the_meeting()
    {
        var article = Snippets.Extract("NATO Secretary General Jens Stoltenberg met President Gjorge Ivanov in Skopje. Macedonia met the conditions for joining as early as 2008.");

        var meeting = Assert.Single(article.Meetings);
        Assert.Null(meeting.Date);
        Assert.Contains(article.Flags, f => f.Kind == FlagKind.MissingDate);
    }

    [Fact]
    public void Next_months_summit_dates_the_meeting_by_month_through_the_summit_table_and_its_themes()
    {
        var meeting = Snippets.OnlyMeeting(
            "NATO Secretary General Jens Stoltenberg met President Milo Đukanović at NATO Headquarters today. "
            + "They discussed preparations for next month's NATO Summit, where the NATO 2030 agenda will be agreed.");

        Assert.Equal((new DateOnly(2021, 5, 1), DatePrecision.Month, ValueOrigin.Inferred), (meeting.Date!.Value, meeting.DatePrecision, meeting.DateOrigin));
    }

    [Fact]
    public void Several_summits_fitting_the_clues_leave_the_date_open_and_flagged()
    {
        var article = Snippets.Extract(
            "NATO Secretary General Jens Stoltenberg met President Milo Đukanović at NATO Headquarters today to prepare next month's NATO Summit.");

        Assert.Null(Assert.Single(article.Meetings).Date);
        Assert.Contains(article.Flags, f => f.Kind == FlagKind.AmbiguousDate);
    }

    [Fact]
    public void The_morning_after_a_dated_event_is_the_next_day()
    {
        var meeting = Snippets.OnlyMeeting(
            "SKOPJE, 18/01/2018 - The two men have known each other since the morning after parliament voted in Zaev's cabinet "
            + "on May 31 last year, when NATO Secretary General Jens Stoltenberg telephoned Prime Minister Zoran Zaev to congratulate him.");

        Assert.Equal((new DateOnly(2017, 6, 1), ValueOrigin.Inferred), (meeting.Date!.Value, meeting.DateOrigin));
    }

    [Fact]
    public void A_date_after_since_does_not_move_the_story_on()
    {
        var article = Snippets.Extract(
            "SKOPJE, 18/01/2018 - On Thursday Stoltenberg was received by President Gjorge Ivanov. "
            + "He told him the country had made progress since the violence in the parliament building last April. "
            + "In the afternoon, at their second meeting in two days, he and Prime Minister Zoran Zaev faced reporters together.");

        var meeting = Assert.Single(article.Meetings);
        Assert.Equal(new DateOnly(2018, 1, 18), meeting.Date);
        Assert.Contains(meeting.Participants, p => p.Name == "Zoran Zaev");
    }
}

