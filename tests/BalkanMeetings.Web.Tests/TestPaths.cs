namespace BalkanMeetings.Web.Tests;

/// <summary>Folders the web tests read: the repository's seeds.</summary>
internal static class TestPaths
{
    public static readonly string RepositoryRoot = FindRepositoryRoot();

    public static string SeedsFolder => Path.Combine(RepositoryRoot, "seeds");

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
