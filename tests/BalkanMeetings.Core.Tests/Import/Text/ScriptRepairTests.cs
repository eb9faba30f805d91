using BalkanMeetings.Core.Import.Text;

namespace BalkanMeetings.Core.Tests.Import.Text;

public sealed class ScriptRepairTests
{
    [Theory]
    [InlineData("prime minister sаli berishа", "prime minister sali berisha")]
    [InlineData("President Vjоsa Оsmani", "President Vjosa Osmani")]
    public void Cyrillic_look_alikes_inside_latin_words_become_latin(string text, string expected)
    {
        Assert.Equal(expected, ScriptRepair.Repair(text));
    }

    [Theory]
    [InlineData("Жељка Цвијановић")]
    [InlineData("Мисајловски – Улуташ")]
    [InlineData("Vučić and Вучић")]
    public void Words_written_wholly_in_cyrillic_are_left_alone(string text)
    {
        Assert.Equal(text, ScriptRepair.Repair(text));
    }
}
