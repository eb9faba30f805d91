using Xunit.Abstractions;

namespace BalkanMeetings.Core.Tests.Import.Golden;

/// <summary>
/// The extractor against the hand-made truth: the seeds (truth kept beside them in seeds/truth) and the
/// development corpus in ../shared/corpus/dev. Each article must match, and the per-field scores must reach 0.95.
/// </summary>
public sealed class GoldenExtractionTests(ITestOutputHelper output)
{
    private const double Required = 0.95;

    [Fact]
    public async Task Every_seed_article_extracts_as_its_truth()
    {
        var predicted = await GoldenCorpus.ExtractAsync(TestPaths.SeedsFolder);
        var truth = GoldenCorpus.ReadTruth(TestPaths.SeedsTruth);

        var differences = truth.SelectMany(t => GoldenCorpus.Differences(t.Key, predicted[t.Key], t.Value)).ToList();

        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }

    [Fact]
    public async Task Seed_extraction_scores_at_least_0_95_on_every_field()
    {
        var scorer = GoldenCorpus.Score(await GoldenCorpus.ExtractAsync(TestPaths.SeedsFolder), GoldenCorpus.ReadTruth(TestPaths.SeedsTruth));

        AssertScores(scorer);
    }

    [DevCorpusFact]
    public async Task Every_development_article_extracts_as_its_truth()
    {
        var predicted = await GoldenCorpus.ExtractAsync(TestPaths.DevFolder);
        var truth = GoldenCorpus.ReadTruth(Path.Combine(TestPaths.DevFolder, "truth.json"));

        var differences = truth.SelectMany(t => GoldenCorpus.Differences(t.Key, predicted[t.Key], t.Value)).ToList();

        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }

    [DevCorpusFact]
    public async Task Development_extraction_scores_at_least_0_95_on_every_field()
    {
        var scorer = GoldenCorpus.Score(
            await GoldenCorpus.ExtractAsync(TestPaths.DevFolder),
            GoldenCorpus.ReadTruth(Path.Combine(TestPaths.DevFolder, "truth.json")));

        AssertScores(scorer);
    }

    private void AssertScores(ExtractionScorer scorer)
    {
        foreach (var field in scorer.Fields.Values)
        {
            output.WriteLine(field.ToString());
        }

        var low = scorer.Fields.Values.Where(f => f.Precision < Required || f.Recall < Required).ToList();
        Assert.True(low.Count == 0, "Below 0.95:\n" + string.Join('\n', low));
    }
}
