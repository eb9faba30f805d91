using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Tests.Import.Extraction;

public sealed class ParticipantRulesTests
{
    [Theory]
    [InlineData("NATO Secretary General Mark Rutte met Albania's Prime Minister Edi Rama in Tirana on 4 March 2025.", "Edi Rama | Prime Minister | Albania")]
    [InlineData("NATO Secretary General Mark Rutte met the Minister of Foreign Affairs of Kosovo, Donika Gervalla, on 4 March 2025 in Brussels.", "Donika Gërvalla-Schwarz | Minister of Foreign Affairs | Kosovo")]
    [InlineData("Serbian Defence Minister Bratislav Gasic held talks with NATO Secretary General Mark Rutte on 4 March 2025.", "Bratislav Gašić | Minister of Defence | Serbia")]
    [InlineData("Milojko Spajic, Prime Minister of Montenegro, met NATO Secretary General Mark Rutte on 4 March 2025.", "Milojko Spajić | Prime Minister | Montenegro")]
    [InlineData("NATO Secretary General Mark Rutte met Montenegro's First Deputy Prime Minister and Minister of Foreign Affairs, Mr. Ervin Ibrahimovic, on 4 March 2025.", "Ervin Ibrahimović | Minister of Foreign Affairs | Montenegro")]
    public void Office_and_holder_are_read_in_every_word_order(string text, string expected)
    {
        var meeting = Snippets.OnlyMeeting(text);

        Assert.Contains(expected, meeting.Participants.Select(Snippets.Describe));
        Assert.Contains("Mark Rutte | Secretary General | NATO", meeting.Participants.Select(Snippets.Describe));
    }

    [Fact]
    public void Names_are_canonical_whatever_the_spelling()
    {
        var meeting = Snippets.OnlyMeeting("nato secretary general jens stoltenberg met president aleksandar vucic in belgrade on 5 may 2019.");

        Assert.Equal(["Jens Stoltenberg | Secretary General | NATO", "Aleksandar Vučić | President | Serbia"], meeting.Participants.Select(Snippets.Describe));
    }

    [Fact]
    public void A_surname_alone_refers_to_the_person_named_in_full_before()
    {
        var meeting = Snippets.OnlyMeeting(
            "NATO Secretary General Jens Stoltenberg met Kosovo President Vjosa Osmani in Pristina on 2 June 2022.\nOsmani thanked Stoltenberg for KFOR.");

        Assert.Equal(2, meeting.Participants.Count);
        Assert.Contains("Vjosa Osmani | President | Kosovo", meeting.Participants.Select(Snippets.Describe));
    }

    [Fact]
    public void A_party_leader_keeps_the_party_title()
    {
        var meeting = Snippets.OnlyMeeting(
            "NATO Secretary General Jens Stoltenberg visited Skopje on 12 March 2019, where he also met the leader of the opposition VMRO-DPMNE, Hristijan Mickoski.");

        Assert.Contains("Hristijan Mickoski | Leader of VMRO-DPMNE | North Macedonia", meeting.Participants.Select(Snippets.Describe));
    }

    [Fact]
    public void A_former_office_holder_is_not_a_participant()
    {
        var meeting = Snippets.OnlyMeeting(
            "NATO Secretary General Mark Rutte met Prime Minister Edi Rama in Tirana on 4 March 2025. Former President Ilir Meta was not invited.");

        Assert.DoesNotContain(meeting.Participants, p => p.Name == "Ilir Meta");
    }

    [Fact]
    public void An_unknown_official_is_kept_as_written_and_flagged()
    {
        var article = Snippets.Extract("NATO Secretary General Mark Rutte met the Minister of Interior of Kosovo, Xhelal Sveçla, in Pristina on 4 March 2025.");

        var meeting = Assert.Single(article.Meetings);
        Assert.Contains("Xhelal Sveçla | Minister of Interior | Kosovo", meeting.Participants.Select(Snippets.Describe));
        Assert.Contains(article.Flags, f => f.Kind == FlagKind.UnknownPerson && f.Message.Contains("Xhelal Sveçla", StringComparison.Ordinal));
    }

    [Fact]
    public void A_nato_commander_the_reference_data_does_not_know_is_a_nato_participant()
    {
        var meeting = Snippets.OnlyMeeting("KFOR Commander Major General Özkan Ulutaş met Kosovo's Prime Minister Albin Kurti in Pristina on 5 February 2024.");

        Assert.Equal(["Özkan Ulutaş | KFOR Commander | NATO", "Albin Kurti | Prime Minister | Kosovo"], meeting.Participants.Select(Snippets.Describe));
    }

    [Fact]
    public void A_name_dense_sentence_is_not_taken_for_a_title_case_headline()
    {
        var meeting = Snippets.OnlyMeeting("PRISTINA, 3 October 2023 - President Vjosa Osmani received the KFOR Commander, Major General Özkan Ulutaş, on Tuesday.");

        Assert.Contains("Özkan Ulutaş | KFOR Commander | NATO", meeting.Participants.Select(Snippets.Describe));
    }

    [Fact]
    public void Officials_listed_after_a_plural_office_take_their_offices_from_the_reference_data()
    {
        var meeting = Snippets.OnlyMeeting(
            "NATO Secretary General Jens Stoltenberg met the foreign ministers of Albania and Montenegro, Gent Cakaj and Srdjan Darmanovic, at NATO Headquarters on 4 December 2019.");

        Assert.Contains("Gent Cakaj | Minister of Foreign Affairs | Albania", meeting.Participants.Select(Snippets.Describe));
        Assert.Contains("Srđan Darmanović | Minister of Foreign Affairs | Montenegro", meeting.Participants.Select(Snippets.Describe));
        Assert.Equal(["Albania", "Montenegro"], meeting.Countries);
    }

    [Fact]
    public void An_official_named_only_by_office_is_identified_through_the_office_holders_when_dated()
    {
        var article = Snippets.Extract("The NATO Secretary General met Prime Minister Edi Rama in Tirana on 4 March 2025.");

        var official = Assert.Single(article.Meetings).Participants.Single(p => p.Organization == "NATO");
        Assert.Equal("Mark Rutte", official.Name);
        Assert.Equal(ValueOrigin.Inferred, official.NameOrigin);
        Assert.Contains(article.Flags, f => f.Kind == FlagKind.InferredOfficial);
    }

    [Fact]
    public void An_official_named_only_by_office_without_a_date_stays_unresolved_and_flagged()
    {
        var article = Snippets.Extract("The NATO Secretary General is set to visit Tirana, where he will meet Prime Minister Edi Rama.");

        var official = Assert.Single(article.Meetings).Participants.Single(p => p.Organization == "NATO");
        Assert.Null(official.Name);
        Assert.Contains(article.Flags, f => f.Kind == FlagKind.UnresolvedOfficial);
    }

    [Fact]
    public void People_of_other_organisations_are_not_participants()
    {
        var meeting = Snippets.OnlyMeeting(
            "NATO Secretary General Mark Rutte met President Aleksandar Vucic in Brussels on 19 March 2025. Earlier Vucic met the European Commissioner for Enlargement, Marta Kos.");

        Assert.DoesNotContain(meeting.Participants, p => p.Name == "Marta Kos");
    }

    [Fact]
    public void An_office_without_a_country_is_the_one_person_the_article_gives_it()
    {
        var meetings = Snippets.Extract(
            "NATO Secretary General Mark Rutte arrived in the region on 16 May 2025 and met Prime Minister Edi Rama. "
            + "Later that day the Prime Minister was received again by Rutte.").Meetings;

        Assert.All(meetings, m => Assert.Contains("Edi Rama | Prime Minister | Albania", m.Participants.Select(Snippets.Describe)));
    }
}

