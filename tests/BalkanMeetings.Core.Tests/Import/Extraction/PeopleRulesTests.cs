namespace BalkanMeetings.Core.Tests.Import.Extraction;

/// <summary>Linking names to people, strictly (docs/import.md#people).</summary>
public sealed class PeopleRulesTests
{
    [Fact]
    public void A_surname_with_another_given_name_is_not_the_known_namesake()
    {
        var meeting = Snippets.OnlyMeeting(
            "On 3 May 2025 KFOR Commander Maj. Gen. Enrico Barduani met Police Commander Nenad Đurić and President Vjosa Osmani in Pristina.");

        Assert.DoesNotContain(meeting.Participants, p => p.Name == "Marko Đurić");
    }

    [Fact]
    public void A_surname_alone_is_the_person_the_article_names_in_full_before_any_namesake()
    {
        var article = Snippets.Extract(
            "apr 7, 2019\n"
            + "7 april 2009 — secretary general jaap de hoop scheffer met prime minister sali berisha at nato headquarters. "
            + "berisha called it a great day.");

        var meeting = Assert.Single(article.Meetings);
        Assert.Contains(meeting.Participants, p => p.Name == "Sali Berisha");
        Assert.DoesNotContain(meeting.Participants, p => p.Name == "Rrustem Berisha");
    }

    [Theory]
    [InlineData("KFOR commander Maj. Gen. Enrico Barduani", "Enrico Barduani")]
    [InlineData("the commander of NATO's Kosovo Force, Major General Angelo Michele Ristuccia", "Angelo Michele Ristuccia")]
    [InlineData("Secretary General Jaap de Hoop Scheffer", "Jaap de Hoop Scheffer")]
    public void A_name_an_office_introduces_is_taken_whole_with_its_particles_and_after_a_rank(string phrase, string name)
    {
        var meeting = Snippets.OnlyMeeting($"On 3 May 2011 {phrase} met President Fatmir Sejdiu in Pristina.");

        Assert.Contains(meeting.Participants, p => p.Name == name && p.Organization == "NATO");
    }

    [Fact]
    public void A_name_before_its_office_the_reference_data_does_not_know_is_kept_as_written_and_flagged()
    {
        var article = Snippets.Extract(
            "On 4 March 2025 Deputy Secretary General Radmila Šekerinska held talks in Pristina with Dalibor Jevtić, leader of the Srpska Lista.");

        var meeting = Assert.Single(article.Meetings);
        Assert.Contains("Dalibor Jevtić | Leader of Srpska Lista | Kosovo", meeting.Participants.Select(Snippets.Describe));
        Assert.Contains(article.Flags, f => f.Kind == Domain.FlagKind.UnknownPerson && f.Message.StartsWith("Dalibor Jevtić", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_name_repeated_in_cyrillic_is_the_same_person()
    {
        var meeting = Snippets.OnlyMeeting(
            "SKOPJE, 5 November 2025 – Defence Minister Vlado Misajlovski met today with KFOR Commander Major General Ilija Petrovski (Илија Петровски).");

        Assert.Single(meeting.Participants, p => p.Organization == "NATO");
    }

    [Theory]
    [InlineData("the Serb member of the Presidency Nebojša Radmanović")]
    [InlineData("the then Chairman of the Presidency, Nebojša Radmanović")]
    public void An_ethnic_name_or_the_then_leave_the_office_and_its_country_as_the_office_holders_say(string phrase)
    {
        var meeting = Snippets.OnlyMeeting($"On 7 February 2013 Secretary General Anders Fogh Rasmussen held talks in Sarajevo with {phrase}.");

        Assert.Contains(meeting.Participants, p => p.Name == "Nebojša Radmanović" && p.Organization == "Bosnia and Herzegovina");
    }

    [Fact]
    public void Names_listed_after_a_plural_office_each_hold_it()
    {
        var meeting = Snippets.OnlyMeeting(
            "On 7 April 2009 Secretary General Jaap de Hoop Scheffer met the two foreign ministers, Lulzim Basha and Gordan Jandroković, at NATO Headquarters.");

        Assert.Equal(
            ["Gordan Jandroković | Minister of Foreign Affairs | Croatia", "Lulzim Basha | Minister of Foreign Affairs | Albania"],
            meeting.Participants.Where(p => p.Organization != "NATO").Select(Snippets.Describe).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Members_named_after_the_chair_of_the_presidency_are_members()
    {
        var meeting = Snippets.OnlyMeeting(
            "On 15 April 2025 Deputy Secretary General Radmila Šekerinska met Chair of the Presidency Denis Bećirović and members Željka Cvijanović (Жељка Цвијановић) and Željko Komšić at NATO Headquarters.");

        Assert.Equal(
            ["Denis Bećirović | Chair of the Presidency", "Željka Cvijanović | Member of the Presidency", "Željko Komšić | Member of the Presidency"],
            meeting.Participants.Where(p => p.Organization != "NATO").Select(p => $"{p.Name} | {p.Role}").Order(StringComparer.Ordinal));
    }
}
