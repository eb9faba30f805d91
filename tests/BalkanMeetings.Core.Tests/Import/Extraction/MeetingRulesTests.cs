using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Tests.Import.Extraction;

public sealed class MeetingRulesTests
{
    [Theory]
    [InlineData("NATO Secretary General Mark Rutte met Prime Minister Edi Rama at NATO Headquarters on 4 March 2025.", "Brussels")]
    [InlineData("NATO Secretary General Mark Rutte welcomed Prime Minister Edi Rama to NATO Headquarters in Brussels on 4 March 2025.", "Brussels")]
    [InlineData("The talks between NATO Secretary General Mark Rutte and Bosnian Defence Minister Zukan Helez took place at NATO HQ Sarajevo on 4 March 2025.", "Sarajevo")]
    [InlineData("TIRANA – NATO Secretary General Mark Rutte met Prime Minister Edi Rama on 4 March 2025.", "Tirana")]
    [InlineData("NATO Deputy Secretary General Radmila Šekerinska visited Podgorica on 12 March 2025, where she met President Jakov Milatović.", "Podgorica")]
    [InlineData("SKOPJE – NATO Secretary General Mark Rutte held talks with President Gordana Siljanovska-Davkova in Ohrid on 4 March 2025.", "Ohrid")]
    [InlineData("NATO Secretary General Mark Rutte told a news conference in the Montenegrin capital on 4 March 2025, after talks with Prime Minister Milojko Spajic, that the Alliance stood by its ally.", "Podgorica")]
    public void The_meeting_city_comes_from_the_words_that_place_the_meeting(string text, string city)
    {
        Assert.Equal(city, Snippets.OnlyMeeting(text).City);
    }

    [Fact]
    public void A_call_has_no_city_even_under_a_dateline()
    {
        var meeting = Snippets.OnlyMeeting("BELGRADE – President Aleksandar Vucic spoke by phone with NATO Secretary General Mark Rutte on 3 March 2025.");

        Assert.Equal(MeetingKind.Call, meeting.Kind);
        Assert.Null(meeting.City);
    }

    [Fact]
    public void A_tour_of_two_capitals_is_two_meetings()
    {
        var article = Snippets.Extract("NATO Secretary General Mark Rutte concluded his visits to Tirana and Skopje, meeting Prime Minister Edi Rama and Prime Minister Hristijan Mickoski.");

        Assert.Equal(["Tirana", "Skopje"], article.Meetings.Select(m => m.City));
        Assert.Equal(["Albania"], article.Meetings[0].Countries);
        Assert.Equal(["North Macedonia"], article.Meetings[1].Countries);
        Assert.Contains(article.Meetings[0].Participants, p => p.Name == "Edi Rama");
        Assert.DoesNotContain(article.Meetings[0].Participants, p => p.Name == "Hristijan Mickoski");
    }

    [Fact]
    public void A_call_and_a_later_meeting_with_their_own_dates_are_two_meetings()
    {
        var article = Snippets.Extract(
            "Vucic and Rutte: from call to dinner\n"
            + "The call\n"
            + "President Aleksandar Vucic spoke by phone with NATO Secretary General Mark Rutte on Monday, March 3, 2025.\n"
            + "The dinner\n"
            + "On 19 March 2025 Vucic, accompanied by Prime Minister Milos Vucevic, was received by Rutte at NATO Headquarters.");

        Assert.Equal(2, article.Meetings.Count);
        Assert.Equal((new DateOnly(2025, 3, 3), MeetingKind.Call, (string?)null), (article.Meetings[0].Date!.Value, article.Meetings[0].Kind, article.Meetings[0].City));
        Assert.Equal((new DateOnly(2025, 3, 19), "Brussels"), (article.Meetings[1].Date!.Value, article.Meetings[1].City));
        Assert.Contains(article.Meetings[1].Participants, p => p.Name == "Miloš Vučević");
        Assert.DoesNotContain(article.Meetings[0].Participants, p => p.Name == "Miloš Vučević");
    }

    [Fact]
    public void A_call_and_a_visit_by_the_same_people_are_two_meetings_whatever_the_recap_says()
    {
        var article = Snippets.Extract(
            "From a phone call to talks in Pristina\n"
            + "The call: Wednesday, February 26, 2020\n"
            + "Prime Minister Albin Kurti spoke by phone with NATO Secretary General Jens Stoltenberg on Wednesday, February 26, 2020.\n"
            + "The visit: Thursday, 5 March 2020\n"
            + "Stoltenberg arrived in Pristina on Thursday for talks with Kurti.\n"
            + "The quick follow-up from phone call to meeting suggests both sides want the channel open.");

        Assert.Equal([MeetingKind.Call, MeetingKind.Visit], article.Meetings.Select(m => m.Kind));
        Assert.Equal("Pristina", article.Meetings[1].City);
    }

    [Fact]
    public void Two_dates_for_the_same_meeting_are_a_conflict_not_two_meetings()
    {
        var article = Snippets.Extract(
            "NATO Secretary General Mark Rutte met Prime Minister Edi Rama on 4 March 2025 to discuss security.\n"
            + "The meeting between Mark Rutte and Edi Rama on 6 March 2025 was productive.");

        var meeting = Assert.Single(article.Meetings);
        Assert.Equal(new DateOnly(2025, 3, 4), meeting.Date);
        Assert.Contains(article.Flags, f => f.Kind == FlagKind.ConflictingDates);
    }

    [Fact]
    public void An_announced_visit_is_planned_and_a_later_past_tense_is_flagged()
    {
        var article = Snippets.Extract(
            "NATO Secretary General Mark Rutte is set to visit Tirana to meet Prime Minister Edi Rama.\n"
            + "During the visit, the two leaders discussed regional security.");

        Assert.Equal(MeetingStatus.Planned, Assert.Single(article.Meetings).Status);
        Assert.Contains(article.Flags, f => f.Kind == FlagKind.ConflictingStatus);
    }

    [Fact]
    public void A_report_in_the_past_tense_is_held()
    {
        Assert.Equal(MeetingStatus.Held, Snippets.OnlyMeeting("NATO Secretary General Mark Rutte met Prime Minister Edi Rama in Tirana on 4 March 2025.").Status);
    }

    [Fact]
    public void Countries_are_those_taking_part_not_those_discussed()
    {
        var meeting = Snippets.OnlyMeeting(
            "NATO Secretary General Mark Rutte met Prime Minister Edi Rama in Brussels on 4 March 2025. They discussed the dialogue between Serbia and Kosovo.");

        Assert.Equal(["Albania"], meeting.Countries);
    }

    [Fact]
    public void Background_without_a_nato_official_is_no_meeting()
    {
        Assert.Empty(Snippets.Extract("Prime Minister Edi Rama opened a new school in Durres on 4 March 2025.").Meetings);
    }
}
