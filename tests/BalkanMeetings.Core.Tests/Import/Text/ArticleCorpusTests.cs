using BalkanMeetings.Core.Import.Text;

namespace BalkanMeetings.Core.Tests.Import.Text;

public sealed class ArticleCorpusTests
{
    public static TheoryData<string> Articles => ArticleFiles.All();

    [Theory]
    [MemberData(nameof(Articles))]
    public void Normalising_a_real_article_twice_gives_the_same_text(string article)
    {
        var once = TextNormaliser.Normalise(ArticleFiles.Read(article)).Text;

        Assert.Equal(once, TextNormaliser.Normalise(once).Text);
    }

    [Theory]
    [InlineData("seeds/000", "December 16, 2024, to discuss")]
    [InlineData("seeds/002", "Željko Komšić")]
    public void A_seed_reads_cleanly_after_normalisation(string article, string expected) =>
        A_real_article_reads_cleanly_after_normalisation(article, expected);

    [DevCorpusTheory]
    [InlineData("dev/d10", "Mladen Ivanić")]
    [InlineData("dev/d10", "Marina Pendeš")]
    [InlineData("dev/d10", "Deputy Secretary General welcomes Bosnia and Herzegovina’s reform efforts\n")]
    [InlineData("dev/d03", "Minister of Foreign Affairs and Diaspora Donika Gërvalla")]
    public void A_real_article_reads_cleanly_after_normalisation(string article, string expected)
    {
        Assert.Contains(expected, TextNormaliser.Normalise(ArticleFiles.Read(article)).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("seeds/002", "KomÅ¡ić")]
    [InlineData("seeds/001", "Related posts")]
    public void A_seed_loses_its_mess_after_normalisation(string article, string unwanted) =>
        A_real_article_loses_its_mess_after_normalisation(article, unwanted);

    [DevCorpusTheory]
    [InlineData("dev/d10", "<p")]
    [InlineData("dev/d10", "&#")]
    [InlineData("dev/d10", "<NATO photo>")]
    [InlineData("dev/d03", "Related posts")]
    [InlineData("dev/d03", "Tags:")]
    public void A_real_article_loses_its_mess_after_normalisation(string article, string unwanted)
    {
        Assert.DoesNotContain(unwanted, TextNormaliser.Normalise(ArticleFiles.Read(article)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_001_loses_its_photo_caption()
    {
        var lines = TextNormaliser.Normalise(ArticleFiles.Read("seeds/001")).Text.Split('\n');

        Assert.DoesNotContain(lines, line => line.EndsWith("Photo: NATO", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("seeds/001", 0, false, 5)]
    [InlineData("seeds/002", 1, false, 0)]
    public void Reports_what_normalisation_changed_in_a_seed(string article, int repairs, bool hadHtml, int removedLines) =>
        Reports_what_normalisation_changed_in_a_real_article(article, repairs, hadHtml, removedLines);

    [DevCorpusTheory]
    [InlineData("dev/d03", 2, false, 6)]
    [InlineData("dev/d10", 0, true, 1)]
    public void Reports_what_normalisation_changed_in_a_real_article(
        string article, int repairs, bool hadHtml, int removedLines)
    {
        var normalised = TextNormaliser.Normalise(ArticleFiles.Read(article));

        Assert.Equal(
            (repairs, hadHtml, removedLines),
            (normalised.EncodingRepairs, normalised.HadHtml, normalised.RemovedBoilerplateLines));
    }
}
