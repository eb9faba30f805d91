namespace BalkanMeetings.Core.Tests.Import.Text;

/// <summary>
/// Finds the real articles: the seeds in the repository's seeds/ folder, the project's articles in further styles
/// (tests/corpus/styles) and the development corpora beside the repository, in ../shared/corpus/dev and dev2.
/// </summary>
internal static class ArticleFiles
{
    private static readonly (string Prefix, string Folder)[] Folders =
        [("seeds", TestPaths.SeedsFolder), ("styles", TestPaths.StylesFolder), ("dev", TestPaths.DevFolder), ("dev2", TestPaths.Dev2Folder)];

    /// <summary>
    /// Keys of every article: "seeds/&lt;name&gt;", "styles/&lt;name&gt;" and, when the development corpora are present,
    /// "dev/&lt;name&gt;" and "dev2/&lt;name&gt;".
    /// </summary>
    public static TheoryData<string> All()
    {
        var keys = new TheoryData<string>();
        foreach (var (prefix, folder) in Folders)
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
        var folder = Folders.Single(f => f.Prefix == key[..slash]).Folder;
        return File.ReadAllText(Assert.Single(Directory.GetFiles(folder, key[(slash + 1)..] + "*.txt")));
    }
}
