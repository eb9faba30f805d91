using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Web.Features.People;
using Bunit;

namespace BalkanMeetings.Web.Tests.Features.People;

public sealed class TimelineItemTests : BunitContext
{
    private static readonly OfficeHeld Member = new("Member of the Presidency", "Bosnia and Herzegovina", new(2018, 11, 20), null, null);
    private static readonly OfficeHeld SecretaryGeneral = new("Secretary General", "NATO", new(2014, 10, 1), new(2024, 10, 1), null);

    [Fact]
    public void A_different_reference_office_is_shown_beside_the_article_office()
    {
        var item = RenderItem(
            new(24, "Željko Komšić", "Chair of the Presidency", "Bosnia and Herzegovina", ValueOrigin.Stated),
            new OfficeCheck(OfficeAgreement.Differs, [Member], null));

        Assert.Equal("/meetings/3", item.QuerySelector("a.title")!.GetAttribute("href"));
        Assert.Equal("Chair of the Presidency, Bosnia and Herzegovina", item.QuerySelector(".office strong")!.TextContent);
        Assert.Equal(
            "Reference data differs: Member of the Presidency, Bosnia and Herzegovina on 18 Dec 2024.",
            item.QuerySelector(".check.differs")!.TextContent);
    }

    [Fact]
    public void No_reference_office_on_the_day_names_the_one_that_ended_before()
    {
        var item = RenderItem(
            new(2, "Jens Stoltenberg", "Secretary General", "NATO", ValueOrigin.Stated),
            new OfficeCheck(OfficeAgreement.NoOffice, [], SecretaryGeneral));

        Assert.Equal(
            "Reference data differs: no office on 18 Dec 2024 (Secretary General, NATO until 1 Oct 2024).",
            item.QuerySelector(".check.differs")!.TextContent);
    }

    [Fact]
    public void An_agreeing_office_says_so_quietly_and_the_others_met_are_listed()
    {
        var item = RenderItem(
            new(2, "Jens Stoltenberg", "Secretary General", "NATO", ValueOrigin.Inferred),
            new OfficeCheck(OfficeAgreement.Matches, [SecretaryGeneral], null));

        Assert.Null(item.QuerySelector(".check.differs"));
        Assert.Equal("Agrees with the reference data.", item.QuerySelector(".check.agrees")!.TextContent);
        Assert.Equal("identified from the office", item.QuerySelector(".office .origin")!.TextContent);
        Assert.Equal(["/people/24", "/people/99"], item.QuerySelectorAll(".with a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Željko Komšić, Aleksandar Vučić", item.QuerySelector(".with")!.TextContent, StringComparison.Ordinal);
    }

    private AngleSharp.Dom.IElement RenderItem(ParticipantRef role, OfficeCheck check)
    {
        var meeting = new PersonMeeting(
            3, "Jens Stoltenberg meets Željko Komšić", new DateOnly(2024, 12, 18), DatePrecision.Day, ValueOrigin.Stated, "Sarajevo",
            MeetingKind.Meeting, MeetingStatus.Held, [new CountryRef("BA", "Bosnia and Herzegovina")], [role],
            [
                new(24, "Željko Komšić", "Chair of the Presidency", "Bosnia and Herzegovina", ValueOrigin.Stated),
                new(99, "Aleksandar Vučić", "President", "Serbia", ValueOrigin.Stated),
            ],
            check);
        var document = Render<TimelineItem>(p => p
     .Add(c => c.Meeting, meeting));
        return document.Find("li.timeline-item");
    }
}
