namespace BalkanMeetings.Core.Tests.Import.Extraction;

/// <summary>Who an article puts at an encounter, and who it only mentions (docs/import.md#presence).</summary>
public sealed class PresenceRulesTests
{
    [Fact]
    public void People_named_in_a_journalists_question_are_not_participants()
    {
        var meeting = Snippets.OnlyMeeting(
            "NATO Secretary General Mark Rutte welcomed Prime Minister Edi Rama to NATO Headquarters on 4 March 2025.\n"
            + "QUESTION: Prime Minister, will you meet President Aleksandar Vučić at the summit?");

        Assert.DoesNotContain(meeting.Participants, p => p.Name == "Aleksandar Vučić");
    }

    [Fact]
    public void The_host_who_sent_the_invitation_is_not_a_participant()
    {
        var meeting = Snippets.OnlyMeeting(
            "On 2 June 2025 Prime Minister Milojko Spajić addressed the North Atlantic Council at the invitation of Secretary General Mark Rutte, "
            + "and met Deputy Secretary General Radmila Šekerinska at NATO Headquarters.");

        Assert.Equal(["Milojko Spajić", "Radmila Šekerinska"], meeting.Participants.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void People_named_as_absent_or_as_what_was_talked_about_are_not_participants()
    {
        var meeting = Snippets.OnlyMeeting(
            "On 16 January 2023 Secretary General Jens Stoltenberg received Denis Bećirović, member of the Presidency, at NATO Headquarters. "
            + "They talked about the role of Prime Minister Borjana Krišto in the reforms.\n"
            + "The other members, Željka Cvijanović and Željko Komšić, did not take part in the meeting.");

        Assert.Equal(["Denis Bećirović", "Jens Stoltenberg"], meeting.Participants.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void He_and_him_are_the_person_the_text_is_about()
    {
        var article = Snippets.Extract(
            "BRUSSELS | Friday, 30 April 2021\n"
            + "Prime Minister Albin Kurti made his first trip to Brussels this week. "
            + "On Thursday he was at NATO Headquarters, where Secretary General Jens Stoltenberg welcomed him.");

        var meeting = Assert.Single(article.Meetings);
        Assert.Contains(meeting.Participants, p => p.Name == "Albin Kurti");
        Assert.Equal(new DateOnly(2021, 4, 29), meeting.Date);
    }

    [Fact]
    public void A_clipped_entry_has_the_official_the_thread_is_about_as_its_subject()
    {
        var meeting = Snippets.OnlyMeeting(
            "Watch @Watch · Mar 12, 2025\n"
            + "1/2 KFOR commander Maj. Gen. Enrico Barduani is visiting the capitals.\n"
            + "Watch @Watch · Mar 12, 2025\n"
            + "2/2 Tirana, Mar 10: talks with Defence Minister Pirro Vengu.");

        Assert.Equal(
            ["Enrico Barduani | KFOR Commander | NATO", "Pirro Vengu | Minister of Defence | Albania"],
            meeting.Participants.Select(Snippets.Describe).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Leaders_of_other_countries_at_the_table_are_participants_of_their_country_which_is_not_listed()
    {
        var meeting = Snippets.OnlyMeeting(
            "On 7 April 2009 Secretary General Jaap de Hoop Scheffer met Prime Minister Sali Berisha and Croatia's Prime Minister Ivo Sanader at NATO Headquarters.");

        Assert.Contains("Ivo Sanader | Prime Minister | Croatia", meeting.Participants.Select(Snippets.Describe));
        Assert.Equal(["Albania"], meeting.Countries);
    }

    [Fact]
    public void A_counterpart_holds_the_office_of_the_person_before_for_another_country()
    {
        var meeting = Snippets.OnlyMeeting(
            "On 9 July 2008 the protocols were signed at NATO Headquarters in the presence of Albania's Minister of Foreign Affairs, Lulzim Basha, "
            + "and his Croatian counterpart, Gordan Jandroković, and of Secretary General Jaap de Hoop Scheffer.");

        Assert.Contains("Gordan Jandroković | Minister of Foreign Affairs | Croatia", meeting.Participants.Select(Snippets.Describe));
    }

    [Fact]
    public void An_office_named_alone_is_the_person_the_article_gives_that_office()
    {
        var article = Snippets.Extract(
            "Chronology\n"
            + "• 24 May 2007 — Prime Minister Sali Berisha visits NATO Headquarters and meets Secretary General Jaap de Hoop Scheffer.\n"
            + "• November 2008 — Foreign Minister Lulzim Basha returns to NATO Headquarters for talks with the Secretary General.");

        Assert.Equal(2, article.Meetings.Count);
        Assert.Contains("Jaap de Hoop Scheffer | Secretary General | NATO", article.Meetings[1].Participants.Select(Snippets.Describe));
    }

    [Fact]
    public void A_nato_official_who_only_speaks_while_the_encounter_is_reported_is_at_it()
    {
        var article = Snippets.Extract(
            "BRUSSELS | Thursday, 4 August 2022\n"
            + "Jens Stoltenberg spoke by phone on Tuesday with Prime Minister Albin Kurti.\n"
            + "Yesterday it was the turn of President Aleksandar Vučić. According to Stoltenberg, all sides must keep calm.");

        Assert.Equal(2, article.Meetings.Count);
        Assert.All(article.Meetings, m => Assert.Contains(m.Participants, p => p.Name == "Jens Stoltenberg"));
        Assert.Equal(new DateOnly(2022, 8, 3), article.Meetings[1].Date);
    }
}
