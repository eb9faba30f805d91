using BalkanMeetings.Core.Import.Text;

namespace BalkanMeetings.Core.Tests.Import.Text;

public sealed class LineWrapRepairTests
{
    private const string Wrapped =
        " 1. NEW PRIME MINISTER RECEIVED AT NATO\n"
        + "\n"
        + "Eleven days after his cabinet was voted in, Prime Minister Zdravko\n"
        + "Krivokapić travelled to Brussels and on Tuesday was received at NATO\n"
        + "headquarters by the Secretary General. It was one of the first trips\n"
        + "abroad for the new prime minister.\n"
        + "\n"
        + "The NATO chief congratulated him on his appointment and thanked him\n"
        + "for his commitment to Euro-Atlantic integration.";

    [Fact]
    public void Lines_broken_at_a_fixed_width_are_paragraphs_again()
    {
        Assert.Equal(
            " 1. NEW PRIME MINISTER RECEIVED AT NATO\n\n"
            + "Eleven days after his cabinet was voted in, Prime Minister Zdravko Krivokapić travelled to Brussels and on "
            + "Tuesday was received at NATO headquarters by the Secretary General. It was one of the first trips abroad for "
            + "the new prime minister.\n\n"
            + "The NATO chief congratulated him on his appointment and thanked him for his commitment to Euro-Atlantic integration.",
            LineWrapRepair.Repair(Wrapped));
    }

    [Theory]
    [InlineData("Sarajevo: dinner first\nStoltenberg landed in Sarajevo on Sunday evening.\nBelgrade: the hardest conversation\nOn Tuesday he met Vučić.")]
    [InlineData("Prime Minister Edi Rama received the Secretary General in Tirana on Friday, 16 May 2025, for talks on the region\nand the summit.")]
    [InlineData("Programme\n1. Arrival of the Secretary General at the airport\n2. Talks with the President of the country\n3. Joint press point at the Presidency building")]
    public void Text_that_was_not_wrapped_keeps_its_lines(string text)
    {
        Assert.Equal(text, LineWrapRepair.Repair(text));
    }
}
