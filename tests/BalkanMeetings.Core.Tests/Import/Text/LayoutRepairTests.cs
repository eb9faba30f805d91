using BalkanMeetings.Core.Import.Text;

namespace BalkanMeetings.Core.Tests.Import.Text;

public sealed class LayoutRepairTests
{
    [Theory]
    [InlineData("He flew to Prish-\ntina on Monday.", "He flew to Prishtina on Monday.")]
    [InlineData("the inter-\nlocutors agreed", "the interlocutors agreed")]
    [InlineData("the EU-\nfacilitated dialogue", "the EU-\nfacilitated dialogue")]
    [InlineData("a list:\n- first item", "a list:\n- first item")]
    public void A_word_broken_at_a_line_end_is_joined_again(string text, string expected)
    {
        Assert.Equal(expected, LayoutRepair.Repair(text));
    }

    [Fact]
    public void A_running_footer_and_the_repeated_section_title_after_it_go_and_the_sentence_is_joined()
    {
        var text = "4. COOPERATION\n\nThe minister welcomed the recent visit of the\n\n"
            + "Annual report of the Ministry                                    23\n"
            + "______________________________\n"
            + "4. Cooperation\n\n"
            + "Secretary General to the region.";

        Assert.Equal("4. COOPERATION\n\nThe minister welcomed the recent visit of the Secretary General to the region.", LayoutRepair.Repair(text));
    }

    [Fact]
    public void A_word_hyphenated_across_a_page_break_is_one_word()
    {
        var text = "KFOR would not be af-\n\nPolicy Paper · Security Papers · www.example.org · page 15\n\nfected by the decision.";

        Assert.Equal("KFOR would not be affected by the decision.", LayoutRepair.Repair(text));
    }

    [Theory]
    [InlineData("The vote passed 89 to 3.\nTable 3")]
    [InlineData("Metric | 2022 | 2023\n---|---|---\nExercises | 3 | 5")]
    [InlineData("The year 2024\nwas busy.")]
    public void Text_without_page_furniture_is_left_as_it_is(string text)
    {
        Assert.Same(text, LayoutRepair.Repair(text));
    }
}
