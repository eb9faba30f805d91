namespace BalkanMeetings.Core.Tests.Import.Golden;

/// <summary>
/// A test over the development corpus in ../shared/corpus/dev. Where the corpus is absent (outside CI) the test
/// reports itself skipped; under CI (CI=true) it runs and fails, since CI always has the corpus.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DevCorpusFactAttribute : FactAttribute
{
    public DevCorpusFactAttribute()
    {
        if (!Directory.Exists(TestPaths.DevFolder) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = MissingCorpus;
        }
    }

    private static string MissingCorpus => $"The development corpus is not at {TestPaths.DevFolder}.";
}
