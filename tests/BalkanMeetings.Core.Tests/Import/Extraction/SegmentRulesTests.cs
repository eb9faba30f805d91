using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Tests.Import.Extraction;

/// <summary>How many encounters an article reports, and which words report each (docs/import.md#segments).</summary>
public sealed class SegmentRulesTests
{
    [Fact]
    public void Two_calls_reported_in_one_sentence_are_two_meetings_without_a_city()
    {
        var article = Snippets.Extract(
            "TIRANA, 10 March 2023 – NATO Secretary General Jens Stoltenberg telephoned Albanian Prime Minister Edi Rama on Friday and, "
            + "in a separate call, President Bajram Begaj.");

        Assert.Equal(2, article.Meetings.Count);
        Assert.All(article.Meetings, m => Assert.Equal((MeetingKind.Call, (string?)null, new DateOnly(2023, 3, 10)), (m.Kind, m.City, m.Date!.Value)));
        Assert.Equal(["Edi Rama", "Bajram Begaj"], article.Meetings.Select(m => m.Participants.Single(p => p.Organization == "Albania").Name));
    }

    [Fact]
    public void Calls_with_leaders_of_two_countries_are_one_call_each()
    {
        var article = Snippets.Extract("NATO Secretary General Mark Rutte spoke by phone on 5 May 2025 with President Aleksandar Vučić and with Prime Minister Albin Kurti.");

        Assert.Equal(["Serbia", "Kosovo"], article.Meetings.Select(m => Assert.Single(m.Countries)));
    }

    [Fact]
    public void A_two_day_visit_with_both_days_given_is_two_meetings()
    {
        var article = Snippets.Extract(
            "PODGORICA, 12 October 2022 – The NATO Deputy Secretary General Mircea Geoană ended a two-day visit to Montenegro today.\n"
            + "On arrival yesterday he was received by President Milo Đukanović.\n"
            + "This morning he held talks with Prime Minister Dritan Abazović at the government building.");

        Assert.Equal(["2022-10-11", "2022-10-12"], article.Meetings.Select(m => PartialDate.Iso(m.Date, m.DatePrecision)).Order(StringComparer.Ordinal));
        Assert.All(article.Meetings, m => Assert.Equal("Podgorica", m.City));
        Assert.Contains(article.Meetings, m => m.Participants.Any(p => p.Name == "Milo Đukanović") && m.Participants.All(p => p.Name != "Dritan Abazović"));
    }

    [Fact]
    public void Each_dated_entry_of_a_timeline_is_its_own_meeting_with_the_people_it_names()
    {
        var article = Snippets.Extract(
            "Montenegro and NATO: a short chronology\n"
            + "• 14 March 2016 — Prime Minister Milo Đukanović is received by Secretary General Jens Stoltenberg at NATO Headquarters.\n"
            + "• 19 May 2016 — Allied foreign ministers sign the accession protocol.\n"
            + "• 2017/06/05 — Prime Minister Duško Marković joins Stoltenberg for the flag-raising at NATO Headquarters.");

        Assert.Equal([new DateOnly(2016, 3, 14), new DateOnly(2017, 6, 5)], article.Meetings.Select(m => m.Date!.Value));
        Assert.Equal(["Milo Đukanović", "Duško Marković"], article.Meetings.Select(m => m.Participants.Single(p => p.Organization == "Montenegro").Name));
        Assert.All(article.Meetings, m => Assert.Equal("Brussels", m.City));
    }

    [Fact]
    public void A_tour_with_a_date_and_a_city_per_entry_is_one_meeting_per_stop()
    {
        var article = Snippets.Extract(
            "Defence Watch @DefWatch · Oct 3, 2024\n"
            + "1/3 NATO Deputy Secretary General Mircea Geoana is touring the region this autumn.\n"
            + "Defence Watch @DefWatch · Oct 3, 2024\n"
            + "2/3 Sarajevo, Sep 30: talks with Defence Minister Zukan Helez.\n"
            + "Defence Watch @DefWatch · Oct 3, 2024\n"
            + "3/3 Skopje, today: received by Defence Minister Vlado Misajlovski.");

        Assert.Equal(
            [("Sarajevo", new DateOnly(2024, 9, 30), "Zukan Helez"), ("Skopje", new DateOnly(2024, 10, 3), "Vlado Misajlovski")],
            article.Meetings.Select(m => (m.City!, m.Date!.Value, m.Participants.Single(p => p.Organization != "NATO").Name!)));
        Assert.All(article.Meetings, m => Assert.Contains(m.Participants, p => p.Name == "Mircea Geoană"));
    }

    [Fact]
    public void Weekdays_of_one_week_give_one_meeting_each()
    {
        var article = Snippets.Extract(
            "BRUSSELS | Friday, 17 March 2023\n"
            + "On Tuesday NATO Secretary General Jens Stoltenberg met President Aleksandar Vučić at NATO Headquarters.\n"
            + "On Wednesday he welcomed Prime Minister Albin Kurti there.");

        Assert.Equal(
            [(new DateOnly(2023, 3, 14), "Serbia"), (new DateOnly(2023, 3, 15), "Kosovo")],
            article.Meetings.Select(m => (m.Date!.Value, Assert.Single(m.Countries))));
    }

    [Fact]
    public void Talks_with_envoys_of_the_eu_and_other_items_without_a_nato_official_give_nothing()
    {
        var article = Snippets.Extract(
            "WEEKLY BRIEF · 6 June 2022\n"
            + "1 | Prime Minister Albin Kurti held talks with the EU Special Representative Miroslav Lajčák on Monday.\n"
            + "2 | President Aleksandar Vučić met the OSCE Chairman-in-Office in Belgrade on Tuesday.\n"
            + "3 | On Thursday NATO Secretary General Jens Stoltenberg received Prime Minister Dimitar Kovačevski at NATO Headquarters.");

        var meeting = Assert.Single(article.Meetings);
        Assert.Equal(["North Macedonia"], meeting.Countries);
    }

    [Fact]
    public void A_summary_before_dated_sections_is_not_a_meeting_of_its_own()
    {
        var article = Snippets.Extract(
            "BELGRADE – Within a month President Aleksandar Vučić went from a phone call with NATO Secretary General Mark Rutte to a dinner in Brussels.\n"
            + "The call: Monday, March 3, 2025\n"
            + "Vučić spoke by phone with Rutte on Monday, March 3, 2025.\n"
            + "The dinner: Wednesday, 19 March 2025\n"
            + "Vučić was received by Rutte at NATO Headquarters for dinner.");

        Assert.Equal([MeetingKind.Call, MeetingKind.Meeting], article.Meetings.Select(m => m.Kind));
        Assert.Equal([new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 19)], article.Meetings.Select(m => m.Date!.Value));
    }

    [Fact]
    public void That_afternoon_keeps_the_day_of_the_encounter_before()
    {
        var article = Snippets.Extract(
            "SKOPJE, 20 March 2024 – NATO Deputy Secretary General Mircea Geoană met Prime Minister Talat Xhaferi on 18 March in Skopje. "
            + "In the afternoon he held talks with Defence Minister Slavjanka Petrovska.");

        var meeting = Assert.Single(article.Meetings);
        Assert.Equal(new DateOnly(2024, 3, 18), meeting.Date);
    }

    [Fact]
    public void In_the_morning_is_the_day_the_text_has_just_reached()
    {
        var article = Snippets.Extract(
            "SKOPJE, 18/01/2018 - Stoltenberg lands in Skopje on Wednesday evening and goes straight into a working dinner with Prime Minister Zoran Zaev. "
            + "On Thursday the programme is packed. "
            + "In the morning Stoltenberg is received by President Gjorge Ivanov.");

        Assert.Equal(
            [(new DateOnly(2018, 1, 17), "Zoran Zaev"), (new DateOnly(2018, 1, 18), "Gjorge Ivanov")],
            article.Meetings.Select(m => (m.Date!.Value, m.Participants.Single(p => p.Organization != "NATO").Name!)));
    }

    [Fact]
    public void A_coarser_date_in_passing_does_not_move_the_day_in_hand()
    {
        var article = Snippets.Extract(
            "BRUSSELS, 24 May 2023 – On Monday Secretary General Jens Stoltenberg met President Aleksandar Vučić at NATO Headquarters. "
            + "The two had last spoken earlier in May. "
            + "Stoltenberg also received Prime Minister Albin Kurti.");

        Assert.All(article.Meetings, m => Assert.Equal(new DateOnly(2023, 5, 22), m.Date));
    }
}

