using BalkanMeetings.Core.Import.Text;

namespace BalkanMeetings.Core.Tests.Import.Text;

public sealed class SpacingRepairTests
{
    [Theory]
    [InlineData("December 16,2024,to discuss", "December 16, 2024, to discuss")]
    [InlineData("on March 6,2019,for talks", "on March 6, 2019, for talks")]
    [InlineData("in Copenhagen on October 2,2025 sends", "in Copenhagen on October 2, 2025 sends")]
    [InlineData("on Dec. 18,2024.", "on Dec. 18, 2024.")]
    [InlineData("diplomatic engagement,NATO Secretary General", "diplomatic engagement, NATO Secretary General")]
    [InlineData("Prime Minister Đukanović,Praises a Valued Ally", "Prime Minister Đukanović, Praises a Valued Ally")]
    [InlineData("the COVID-19,NATO said", "the COVID-19, NATO said")]
    [InlineData("between NATO and Montenegro.Key outcomes", "between NATO and Montenegro. Key outcomes")]
    [InlineData("in the region.As Bosnia and Herzegovina", "in the region. As Bosnia and Herzegovina")]
    [InlineData("continued support.The visits", "continued support. The visits")]
    [InlineData("met Vučić.Rutte said", "met Vučić. Rutte said")]
    [InlineData("Key point:Security", "Key point: Security")]
    public void Restores_the_missing_space_after_punctuation_between_words(string text, string expected)
    {
        Assert.Equal(expected, SpacingRepair.Repair(text));
    }

    [Theory]
    [InlineData("Defense Budget increase | 1.5% | 2.3% |")]
    [InlineData("a country of about 620,000 people and 2,000 troops")]
    [InlineData("2,3 million euros")]
    [InlineData("alongside U.S. troops, e.g. in Kuwait")]
    [InlineData("U.S.Army and the U.K.")]
    [InlineData("see nato.int or www.nato.int for details")]
    [InlineData("https://x.org/a.b and https://x.org/search?q=Kosovo,Serbia&t=News:Today")]
    [InlineData("at around 5:30 p.m.")]
    [InlineData("Timeline 2025-2026 for Vjosa Osmani-Sadriu")]
    [InlineData("about 16,2024 soldiers")]
    [InlineData("Key outcomes included:\n- Cybersecurity: Addressing threats.")]
    public void Leaves_numbers_initialisms_domains_and_urls_alone(string text)
    {
        Assert.Same(text, SpacingRepair.Repair(text));
    }

    [Theory]
    [InlineData("December 16,2024,to discuss")]
    [InlineData("engagement,NATO and Montenegro.Key outcomes")]
    public void Repairing_twice_changes_nothing_more(string text)
    {
        var once = SpacingRepair.Repair(text);

        Assert.Equal(once, SpacingRepair.Repair(once));
    }
}
