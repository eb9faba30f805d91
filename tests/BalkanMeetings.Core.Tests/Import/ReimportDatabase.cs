using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Core.Import;
using BalkanMeetings.Core.Tests.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BalkanMeetings.Core.Tests.Import;

/// <summary>
/// A seeded database with an editor, and a folder of changed copies of the seed articles (and other articles) that
/// is imported into it again: a copy keeps its seed's file name, so it replaces the stored article.
/// </summary>
public sealed class ReimportDatabase : IAsyncLifetime, IDisposable
{
    public const string Stoltenberg = "000_114351d6d29dec76.txt";
    public const string Komsic = "002_1cc8ecea26bd92c5.txt";
    public const string SarajevoAndPristina = "003_7e9a9ed5dac972b5.txt";
    public const string PlannedSarajevo = "004_ac32b762863a68fd.txt";

    private readonly EditingDatabase _database;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("bm-reimport-");

    public ReimportDatabase(DatabaseProvider provider) => _database = new(provider);

    /// <summary>A line that changes the file's hash and nothing the importer reads.</summary>
    public static string Touched(string text) => text + "\n(Updated.)\n";

    public BalkanMeetingsDbContext CreateContext() => _database.CreateContext();

    /// <summary>Writes a copy of a seed article, changed, to be imported in place of the stored one.</summary>
    public void WriteSeed(string seed, Func<string, string> change)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.SeedsFolder, seed));
        var changed = change(text);
        Assert.NotEqual(text, changed);
        File.WriteAllText(Path.Combine(_folder.FullName, seed), changed);
    }

    public void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder.FullName, name), text);

    public async Task<ImportSummary> ImportAsync()
    {
        await using var db = CreateContext();
        var runner = new ImportRunner(db, NullLoggerFactory.Instance, TimeProvider.System);
        var reference = await runner.PrepareAsync(TestPaths.ReferenceFolder, CancellationToken.None);
        var summary = await runner.ImportFolderAsync(_folder.FullName, reference, progress: null, CancellationToken.None);
        Assert.Empty(summary.Failed);
        return summary;
    }

    public Task<RecordState> MeetingStateAsync(int id) => StateAsync(nameof(Meeting), id);

    /// <summary>Corrects a record through the record editor, as its edit form does.</summary>
    public async Task SaveAsync(string recordType, int id, RecordState proposed, string reason = "Checked against the source") =>
        Assert.Equal(EditStatus.Saved, (await _database.SaveAsync(recordType, id, proposed, reason)).Status);

    public Task EditMeetingAsync(int id, RecordState proposed, string reason) => SaveAsync(nameof(Meeting), id, proposed, reason);

    public async Task<RecordState> StateAsync(string recordType, int id)
    {
        await using var db = CreateContext();
        return (await EditingDatabase.CreateEditor(db).LoadAsync(recordType, id, CancellationToken.None))!;
    }

    public async Task<List<ReviewFlag>> DisagreementsAsync()
    {
        await using var db = CreateContext();
        return await db.ReviewFlags.AsNoTracking().Where(f => f.Kind == FlagKind.ArticleDisagreesWithCorrection).OrderBy(f => f.Id).ToListAsync();
    }

    public async Task<Correction> CorrectionAsync(string recordType, int recordId, string field)
    {
        await using var db = CreateContext();
        return await db.Corrections.AsNoTracking().SingleAsync(c => c.RecordType == recordType && c.RecordId == recordId && c.Field == field);
    }

    public async Task<int> IdAsync<TEntity>(Func<IQueryable<TEntity>, IQueryable<int>> query)
        where TEntity : class
    {
        await using var db = CreateContext();
        return await query(db.Set<TEntity>()).SingleAsync();
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    public void Dispose() => _folder.Delete(recursive: true);
}
