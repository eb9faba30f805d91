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
}
