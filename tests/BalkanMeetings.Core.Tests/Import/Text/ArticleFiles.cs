namespace BalkanMeetings.Core.Tests.Import.Text;

/// <summary>
/// Finds the real articles: the seeds in the repository's seeds/ folder and the development corpus beside the
/// repository, in ../shared/corpus/dev.
/// </summary>
internal static class ArticleFiles
{
    private static readonly string RepositoryRoot = FindRepositoryRoot();

    private static string SeedsFolder => Path.Combine(RepositoryRoot, "seeds");

    private static string DevFolder =>
        Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus", "dev"));

    /// <summary>
    /// Keys of every article: "seeds/&lt;name&gt;" and, when the development corpus is present, "dev/&lt;name&gt;".
    /// </summary>
    public static TheoryData<string> All()
    {
        var keys = new TheoryData<string>();
        foreach (var (prefix, folder) in new[] { ("seeds", SeedsFolder), ("dev", DevFolder) })
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
            {
                keys.Add($"{prefix}/{Path.GetFileNameWithoutExtension(file)}");
            }
        }

        return keys;
    }

    /// <summary>Reads the one article whose file name starts with the key's name: "seeds/002", "dev/d10".</summary>
    public static string Read(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var folder = key[..slash] == "dev" ? DevFolder : SeedsFolder;
        return File.ReadAllText(Assert.Single(Directory.GetFiles(folder, key[(slash + 1)..] + "*.txt")));
    }

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
