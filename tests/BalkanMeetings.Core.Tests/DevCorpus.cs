namespace BalkanMeetings.Core.Tests;

/// <summary>
/// Tests over the development corpus in ../shared/corpus/dev. Where the corpus is absent (outside CI) they
/// report themselves skipped; under CI (CI=true) they run, and fail if it is missing, since CI always has it.
/// </summary>
internal static class DevCorpus
{
    public static string? SkipReason =>
        Directory.Exists(TestPaths.DevFolder) || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"The development corpus is not at {TestPaths.DevFolder}.";
}

[AttributeUsage(AttributeTargets.Method)]
public sealed class DevCorpusFactAttribute : FactAttribute
{
    public DevCorpusFactAttribute() => Skip = DevCorpus.SkipReason;
}

[AttributeUsage(AttributeTargets.Method)]
public sealed class DevCorpusTheoryAttribute : TheoryAttribute
{
    public DevCorpusTheoryAttribute() => Skip = DevCorpus.SkipReason;
}
