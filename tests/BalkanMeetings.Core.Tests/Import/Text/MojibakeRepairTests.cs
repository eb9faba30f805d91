using BalkanMeetings.Core.Import.Text;

namespace BalkanMeetings.Core.Tests.Import.Text;

public sealed class MojibakeRepairTests
{
    [Theory]
    [InlineData("Željko KomÅ¡ić", "Željko Komšić")]
    [InlineData("Ä‘", "đ")]
    [InlineData("Donika GÃ«rvalla-Schwarz", "Donika Gërvalla-Schwarz")]
    [InlineData("Ivani\u00c4\u2021", "Ivanić")]
    [InlineData("â€œquotedâ€\u009d", "“quoted”")]
    public void Repair_restores_utf8_read_as_windows_1252(string broken, string expected)
    {
        var (text, repairs) = MojibakeRepair.Repair(broken);

        Assert.Equal(expected, text);
        Assert.True(repairs > 0);
    }

    [Theory]
    [InlineData("Željko Komšić and Donika Gërvalla met in Priština.")]
    [InlineData("Montenegro’s prime Minister – “quoted” Ä and Ã alone")]
    [InlineData("plain ASCII, 1.5% and 2,000")]
    public void Repair_leaves_correct_text_alone(string correct)
    {
        var (text, repairs) = MojibakeRepair.Repair(correct);

        Assert.Equal(correct, text);
        Assert.Equal(0, repairs);
    }
}
