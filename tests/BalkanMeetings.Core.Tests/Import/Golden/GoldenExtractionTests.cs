using System.Globalization;
using Xunit.Abstractions;

namespace BalkanMeetings.Core.Tests.Import.Golden;

/// <summary>
/// The extractor against hand-made truth: the seeds (truth kept beside them in seeds/truth), the development corpora
/// in ../shared/corpus/dev and dev2, and the project's own articles in further styles (tests/corpus/styles). The seeds
/// and dev must match article by article; every set must score a macro F1 of at least 0.95, and every field at least
/// 0.95 precision and recall on the shared sets.
/// </summary>
public sealed class GoldenExtractionTests(ITestOutputHelper output)
{
    private const double Required = 0.95;

    [Fact]
    public async Task Every_seed_article_extracts_as_its_truth()
    {
        await AssertEveryArticleMatchesAsync(TestPaths.SeedsFolder, TestPaths.SeedsTruth);
    }

    [Fact]
    public async Task Seed_extraction_scores_at_least_0_95_on_every_field()
    {
        AssertScores(await ScoreAsync(TestPaths.SeedsFolder, TestPaths.SeedsTruth), everyField: true);
    }

    [DevCorpusFact]
    public async Task Every_development_article_extracts_as_its_truth()
    {
        await AssertEveryArticleMatchesAsync(TestPaths.DevFolder, Path.Combine(TestPaths.DevFolder, "truth.json"));
    }

    [DevCorpusFact]
    public async Task Development_extraction_scores_at_least_0_95_on_every_field()
    {
        AssertScores(await ScoreAsync(TestPaths.DevFolder, Path.Combine(TestPaths.DevFolder, "truth.json")), everyField: true);
    }

    [DevCorpusFact]
    public async Task Extraction_of_the_second_development_set_scores_at_least_0_95_on_every_field()
    {
        AssertScores(await ScoreAsync(TestPaths.Dev2Folder, Path.Combine(TestPaths.Dev2Folder, "truth.json")), everyField: true);
    }

    [Fact]
    public async Task Extraction_of_articles_in_further_styles_scores_a_macro_f1_of_at_least_0_95()
    {
        AssertScores(await ScoreAsync(TestPaths.StylesFolder, Path.Combine(TestPaths.StylesFolder, "truth.json")), everyField: false);
    }

    private static async Task AssertEveryArticleMatchesAsync(string folder, string truthFile)
    {
        var predicted = await GoldenCorpus.ExtractAsync(folder);
        var truth = GoldenCorpus.ReadTruth(truthFile);

        var differences = truth.SelectMany(t => GoldenCorpus.Differences(t.Key, predicted[t.Key], t.Value)).ToList();

        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }

    private static async Task<ExtractionScorer> ScoreAsync(string folder, string truthFile) =>
        GoldenCorpus.Score(await GoldenCorpus.ExtractAsync(folder), GoldenCorpus.ReadTruth(truthFile));

    private void AssertScores(ExtractionScorer scorer, bool everyField)
    {
        foreach (var field in scorer.Fields.Values)
        {
            output.WriteLine(field.ToString());
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"macro F1 {scorer.MacroF1:0.000}"));
        Assert.True(scorer.MacroF1 >= Required, string.Create(CultureInfo.InvariantCulture, $"Macro F1 {scorer.MacroF1:0.000} is below {Required}."));
        if (everyField)
        {
            var low = scorer.Fields.Values.Where(f => f.Precision < Required || f.Recall < Required).ToList();
            Assert.True(low.Count == 0, "Below 0.95:\n" + string.Join('\n', low));
        }
    }
}
