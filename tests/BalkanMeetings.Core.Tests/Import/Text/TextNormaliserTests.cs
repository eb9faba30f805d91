using BalkanMeetings.Core.Import.Text;

namespace BalkanMeetings.Core.Tests.Import.Text;

public sealed class TextNormaliserTests
{
    [Theory]
    [InlineData("Title\r\nBody\rEnd", "Title\nBody\nEnd")]
    [InlineData("\uFEFFTitle", "Title")]
    [InlineData("Stolten\u0007berg\u0000 met\u001B Rama", "Stoltenberg met Rama")]
    [InlineData("Initiative\tObjective", "Initiative\tObjective")]
    [InlineData("Milo\u00A0Đukanović and Rose\u202FGottemoeller", "Milo Đukanović and Rose Gottemoeller")]
    [InlineData("Kom\u00ADšić\u200B met\u200E Rutte", "Komšić met Rutte")]
    public void Unifies_line_endings_and_removes_invisible_characters(string original, string expected)
    {
        Assert.Equal(expected, TextNormaliser.Normalise(original).Text);
    }

    [Theory]
    [InlineData("â€œquotedâ€\u009d", "“quoted”", 2)]
    [InlineData("Željko KomÃ…Â¡ić", "Željko Komšić", 3)]
    [InlineData("Željko KomÅ\u200B¡ić", "Željko Komšić", 1)]
    [InlineData("<p>Željko Kom&Aring;&iexcl;i&#263;</p>", "Željko Komšić", 1)]
    public void Repairs_mojibake_wherever_it_hides(string original, string expected, int repairs)
    {
        var normalised = TextNormaliser.Normalise(original);

        Assert.Equal(expected, normalised.Text);
        Assert.Equal(repairs, normalised.EncodingRepairs);
    }

    [Theory]
    [InlineData("  Title  \n\n\n\nBody line   \n\t\nLast\n\n", "Title\n\nBody line\n\nLast")]
    [InlineData("\n\n   \nOnly line", "Only line")]
    [InlineData("  - indented bullet stays\nTitle", "- indented bullet stays\nTitle")]
    [InlineData("Title\n  - indented bullet stays", "Title\n  - indented bullet stays")]
    public void Trims_lines_and_collapses_blank_lines(string original, string expected)
    {
        Assert.Equal(expected, TextNormaliser.Normalise(original).Text);
    }

    [Fact]
    public void Reports_what_each_rule_changed()
    {
        const string original = "<p>Mladen Ivani&#263; met Rose Gottemoeller on June 20,2017,in Brussels.</p>\r\n"
            + "<p>Photo: NATO</p>\r\n<p>Gërvalla and GÃ«rvalla</p>\r\n<p>Related posts</p>\r\n<p>Other news</p>";

        var normalised = TextNormaliser.Normalise(original);

        Assert.Equal(
            new NormalisedText(
                "Mladen Ivanić met Rose Gottemoeller on June 20, 2017, in Brussels.\n\nGërvalla and Gërvalla",
                original,
                EncodingRepairs: 1,
                HadHtml: true,
                RemovedBoilerplateLines: 3),
            normalised);
    }

    [Theory]
    [InlineData("Plain text that needs nothing.")]
    [InlineData("engagement,NATO on December 16,2024,to discuss\r\n\r\n\r\nRelated posts\nOther")]
    [InlineData("<h2>Heading</h2><p>Ivani&#263;&nbsp; said.<br><br>Next &amp; last</p><!-- end -->")]
    [InlineData("KomÅ¡ić\u00A0 and KomÃ…Â¡ić; Photo: NATO\n\tTags: a\nMontenegro.Key")]
    [InlineData("\uFEFF  \n x \u200B\n\n\n\ny  ")]
    [InlineData("Pende&#353;, PendeÂ&#353; and KomÅ<!-- x -->¡ić <!-- unterminated")]
    [InlineData("<\u200B!-- hidden --> &\u00ADamp; &lt;NATO photo&gt; https://x.org/a,b.Cd")]
    public void Normalising_a_normalised_text_changes_nothing(string original)
    {
        var once = TextNormaliser.Normalise(original).Text;

        Assert.Equal(once, TextNormaliser.Normalise(once).Text);
    }

    [Fact]
    public void Normalises_an_empty_text_to_an_empty_text()
    {
        Assert.Equal(new NormalisedText(string.Empty, string.Empty, 0, false, 0), TextNormaliser.Normalise(string.Empty));
    }
}
