using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Tests.Import.Extraction;

/// <summary>Planned or held (docs/import.md#status).</summary>
public sealed class StatusRulesTests
{
    [Theory]
    [InlineData("PRISTINA, 1 July 2021 – NATO Secretary General Jens Stoltenberg travels to Kosovo on Thursday. He is expected to meet President Vjosa Osmani.")]
    [InlineData("NATO WATCH — THE WEEK AHEAD\n4–8 July 2022\nThu 7 July: Deputy Secretary General Mircea Geoana visits Pristina and holds talks with President Vjosa Osmani.")]
    [InlineData("Sent: Wednesday, September 11, 2024\nNATO Deputy Secretary General Mircea Geoană will pay a visit to Montenegro on Friday and meet Prime Minister Milojko Spajić.")]
    public void An_announced_encounter_is_planned(string text)
    {
        Assert.Equal(MeetingStatus.Planned, Snippets.OnlyMeeting(text).Status);
    }

    [Theory]
    [InlineData("2017/06/12 — Prime Minister Zoran Zaev is received by NATO Secretary General Jens Stoltenberg at NATO Headquarters.")]
    [InlineData("On 2 June 2019 Secretary General Jens Stoltenberg was received by President Ilir Meta, who said he looked forward to the next enlargement.")]
    public void A_report_in_the_historic_present_or_with_a_wish_for_the_future_is_held(string text)
    {
        Assert.Equal(MeetingStatus.Held, Snippets.OnlyMeeting(text).Status);
    }
}
