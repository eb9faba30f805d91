using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Tests.Import.Extraction;

/// <summary>Where an encounter took place (docs/import.md#place).</summary>
public sealed class PlaceRulesTests
{
    [Theory]
    [InlineData("2017/06/12 — Brussels, Kingdom of Belgium. Prime Minister Zoran Zaev is received by NATO Secretary General Jens Stoltenberg.", "Brussels")]
    [InlineData("PODGORICA – President Milo Đukanović was received on 9 June 2020 at the Alliance's headquarters by Secretary General Jens Stoltenberg.", "Brussels")]
    [InlineData("Belgrade: the hardest conversation\nOn 21 November 2023 Secretary General Jens Stoltenberg met President Aleksandar Vučić.", "Belgrade")]
    [InlineData("Šekerinska in Sarajevo: no security vacuum\nOn 26 September 2025 Deputy Secretary General Radmila Šekerinska met Denis Bećirović, member of the Presidency.", "Sarajevo")]
    public void The_place_comes_from_the_entry_the_sentence_or_the_headline(string text, string city)
    {
        Assert.Equal(city, Snippets.OnlyMeeting(text).City);
    }

    [Fact]
    public void A_city_from_background_does_not_beat_the_dateline()
    {
        var meeting = Snippets.OnlyMeeting(
            "PRISTINA, July 1 2021 – NATO Secretary General Jens Stoltenberg met President Vjosa Osmani today. "
            + "Stoltenberg, who took up his post in Brussels in 2014, praised KFOR.");

        Assert.Equal("Pristina", meeting.City);
    }

    [Fact]
    public void A_city_of_another_country_the_text_names_does_not_place_a_visit()
    {
        var meeting = Snippets.OnlyMeeting(
            "Subject: Deputy Secretary General in Podgorica on Friday\n"
            + "Sent: Wednesday, September 11, 2024\n"
            + "NATO Deputy Secretary General Mircea Geoană will visit Montenegro on Friday, 13 September. "
            + "He will meet Prime Minister Milojko Spajić; the talks will cover the NATO liaison team in Pristina.");

        Assert.Equal("Podgorica", meeting.City);
    }

    [Fact]
    public void The_dateline_does_not_place_an_encounter_weeks_before_the_report()
    {
        var article = Snippets.Extract(
            "SKOPJE, 5 November 2025 – Defence Minister Vlado Misajlovski met KFOR Commander Major General Özkan Ulutaş earlier today. "
            + "On 7 October Ulutaş was received by President Vjosa Osmani.");

        Assert.Equal(["Skopje", null], article.Meetings.Select(m => m.City));
    }

    [Fact]
    public void The_place_of_a_summit_still_to_come_does_not_move_the_talks()
    {
        var meeting = Snippets.OnlyMeeting(
            "TIRANA, 16 May 2025 — Prime Minister Edi Rama on Friday received NATO Secretary General Mark Rutte. "
            + "Rutte said he was glad to meet the Prime Minister and that they had discussed the preparations for the NATO Summit in The Hague next month.");

        Assert.Equal("Tirana", meeting.City);
    }

    [Fact]
    public void A_section_heading_places_its_own_part_not_the_whole_article()
    {
        var article = Snippets.Extract(
            "Thursday 23 November 2023\n\n"
            + "Four capitals in four days\n\n"
            + "When NATO's Secretary General plans a regional tour, the order of the stops is itself a message. "
            + "Jens Stoltenberg's trip of 19–22 November began where the Alliance's worries are most political.\n\n"
            + "Sarajevo: dinner first\n"
            + "Stoltenberg landed in Sarajevo on Sunday and went straight to a working dinner with Željko Komšić, member of the Presidency.\n\n"
            + "Belgrade: the hardest conversation\n"
            + "On Tuesday he met President Aleksandar Vučić.");

        Assert.Equal([("2023-11-19", "Sarajevo"), ("2023-11-21", "Belgrade")], article.Meetings.Select(m => (PartialDate.Iso(m.Date, m.DatePrecision), m.City)));
    }

    [Fact]
    public void A_city_the_text_has_just_gone_to_places_the_encounter_that_follows()
    {
        var meeting = Snippets.OnlyMeeting(
            "3 May 2004. NATO Secretary General Jaap de Hoop Scheffer returned to Pristina on 22 April 2004. "
            + "President Ibrahim Rugova received the Secretary General for talks on the riots.");

        Assert.Equal(("Pristina", "2004-04-22"), (meeting.City, PartialDate.Iso(meeting.Date, meeting.DatePrecision)));
    }

    [Fact]
    public void A_city_before_the_word_headquarters_is_where_the_headquarters_is()
    {
        var meeting = Snippets.OnlyMeeting(
            "SKOPJE, 5 March 2024 – Prime Minister Dimitar Kovačevski was received at the Brussels headquarters by Secretary General Jens Stoltenberg on Tuesday.");

        Assert.Equal("Brussels", meeting.City);
    }

    [Fact]
    public void A_place_in_a_clause_about_someone_else_is_not_the_encounters()
    {
        var meeting = Snippets.OnlyMeeting(
            "SKOPJE, 18/01/2018 - NATO Secretary General Jens Stoltenberg met Prime Minister Zoran Zaev on Thursday. "
            + "The visit comes a day after UN mediator Matthew Nimetz presented the two sides with new ideas in New York.");

        Assert.Equal("Skopje", meeting.City);
    }

    [Fact]
    public void Coming_back_to_a_city_goes_there()
    {
        var meeting = Snippets.OnlyMeeting(
            "1 June 2005. A year later, on 13 May 2005, the North Atlantic Council came back to Pristina. "
            + "After the meeting with President Ibrahim Rugova, Secretary General Jaap de Hoop Scheffer spoke of encouraging signs.");

        Assert.Equal("Pristina", meeting.City);
    }
}

