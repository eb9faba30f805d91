namespace BalkanMeetings.Core.Tests.Import.Text;

/// <summary>
/// Finds the real articles: the seeds in the repository's seeds/ folder and the development corpus beside the
/// repository, in ../shared/corpus/dev.
/// </summary>
internal static class ArticleFiles
{
    private static string SeedsFolder => TestPaths.SeedsFolder;

    private static string DevFolder => TestPaths.DevFolder;

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
}
