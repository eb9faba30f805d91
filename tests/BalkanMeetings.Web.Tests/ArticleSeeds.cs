namespace BalkanMeetings.Web.Tests;

/// <summary>A seeds folder of the test's own articles (and sidecars) beside a copy of the repository's reference data.</summary>
public sealed class ArticleSeeds : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("bm-seeds-");

    /// <param name="files">File name and content of each article or sidecar.</param>
    public ArticleSeeds(IReadOnlyDictionary<string, string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var reference = Directory.CreateDirectory(Path.Combine(_folder.FullName, "reference"));
        foreach (var file in Directory.EnumerateFiles(TestPaths.ReferenceFolder))
        {
            File.Copy(file, Path.Combine(reference.FullName, Path.GetFileName(file)));
        }

        foreach (var (name, content) in files)
        {
            File.WriteAllText(Path.Combine(_folder.FullName, name), content);
        }
    }

    public string Folder => _folder.FullName;

    public void Dispose() => _folder.Delete(recursive: true);
}
