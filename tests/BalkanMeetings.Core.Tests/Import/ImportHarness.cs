using BalkanMeetings.Core.Import;
using BalkanMeetings.Core.Tests.Data;
using Microsoft.Extensions.Logging.Abstractions;

namespace BalkanMeetings.Core.Tests.Import;

/// <summary>A real SQLite database and a folder of articles to import into it.</summary>
internal sealed class ImportHarness : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("bm-articles-");

    public TestDatabase Database { get; } = new();

    public string Folder => _folder.FullName;

    public string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public async Task<ImportSummary> ImportAsync()
    {
        await using var db = Database.CreateContext();
        var runner = new ImportRunner(db, NullLoggerFactory.Instance, TimeProvider.System);
        var reference = await runner.PrepareAsync(TestPaths.ReferenceFolder, CancellationToken.None);
        return await runner.ImportFolderAsync(Folder, reference, progress: null, CancellationToken.None);
    }

    public async Task<long> CountAsync(string table) =>
        (long)(await Database.QueryAsync($"SELECT COUNT(*) FROM \"{table}\""))[0][0]!;

    public void Dispose()
    {
        Database.Dispose();
        _folder.Delete(recursive: true);
    }
}
