namespace BalkanMeetings.Core.Tests;

/// <summary>Folders the tests read: the repository's seeds and reference data, and the shared development corpus.</summary>
internal static class TestPaths
{
    public static readonly string RepositoryRoot = FindRepositoryRoot();

    public static string SeedsFolder => Path.Combine(RepositoryRoot, "seeds");

    public static string ReferenceFolder => Path.Combine(SeedsFolder, "reference");

    public static string SeedsTruth => Path.Combine(SeedsFolder, "truth", "seeds-truth.json");

    /// <summary>The development corpus beside the repository (../shared/corpus/dev); CI always has it.</summary>
    public static string DevFolder => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus", "dev"));

    /// <summary>The second development corpus, in many styles (../shared/corpus/dev2).</summary>
    public static string Dev2Folder => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus", "dev2"));

    /// <summary>The project's own articles in further styles, with their truth (tests/corpus/styles).</summary>
    public static string StylesFolder => Path.Combine(RepositoryRoot, "tests", "corpus", "styles");

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BalkanMeetings.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("No folder above the test binaries holds BalkanMeetings.sln.");
    }
}
