using System.Text.Json;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Core.Import;
using BalkanMeetings.Core.Tests.Data;
using BalkanMeetings.Core.Tests.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BalkanMeetings.Core.Tests.Browse;

/// <summary>
/// Totals and facets are kept per data version: each kind of write moves the version on, and the list then counts
/// what the data holds, the same as counting afresh would.
/// </summary>
public abstract class CountsAfterWritesTests : IAsyncLifetime
{
    private readonly EditingDatabase _database;
    private readonly VersionedCache _cache = new();


    private protected CountsAfterWritesTests(DatabaseProvider provider) => _database = new(provider);

    [SkippableFact]
    public async Task An_edit_moves_the_version_and_the_status_facet_counts_the_new_status()
    {
        var before = await ListAsync();
        var version = await VersionAsync();

        var saved = await _database.EditMeetingAsync(1, new() { [MeetingRecord.Status] = nameof(MeetingStatus.Planned) }, "Still to come");

        Assert.Equal(EditStatus.Saved, saved.Status);
        Assert.True(await VersionAsync() > version);
        var after = await ListAsync();
        Assert.Equal(Planned(before) + 1, Planned(after));
        await AssertAsCountedAfreshAsync(after);
    }

    [SkippableFact]
    public async Task A_merge_a_split_and_a_revert_each_move_the_version_and_the_total_follows()
    {
        var before = await ListAsync();

        var merged = await WriteAsync(db => new MeetingMerger(db, EditingDatabase.CreateRestructurer(db)).MergeAsync(4, 6, "One visit", _database.Editor, CancellationToken.None));
        var afterMerge = await ListAsync();
        var split = await WriteAsync(db => new MeetingSplitter(db, EditingDatabase.CreateRestructurer(db)).SplitAsync(4, [5], "Two visits", _database.Editor, CancellationToken.None));
        var afterSplit = await ListAsync();
        var reverted = await WriteAsync(db => EditingDatabase.CreateReverter(db).RevertAsync(split.RevisionId!.Value, "One visit after all", _database.Editor, CancellationToken.None));
        var afterRevert = await ListAsync();

        Assert.Equal([EditStatus.Saved, EditStatus.Saved, EditStatus.Saved], new[] { merged.Status, split.Status, reverted.Status });
        Assert.Equal(
            [before.Total - 1, before.Total, before.Total - 1],
            new[] { afterMerge.Total, afterSplit.Total, afterRevert.Total });
        await AssertAsCountedAfreshAsync(afterRevert);
    }

    [SkippableFact]
    public async Task Resolving_a_flag_moves_the_version_and_the_open_flags_count_follows()
    {
        var before = await ListAsync("flags=open");
        int flagId;
        await using (var db = _database.CreateContext())
        {
            // A meeting's only open flag, so resolving it takes the meeting off the count.
            flagId = await db.ReviewFlags.Where(f => f.Status == FlagStatus.Open && f.MeetingId != null)
                .GroupBy(f => f.MeetingId).Where(g => g.Count() == 1).Select(g => g.Min(f => f.Id)).FirstAsync();
        }

        var opened = (await WriteAsync(db => EditingDatabase.CreateEditor(db).LoadAsync(nameof(ReviewFlag), flagId, CancellationToken.None)))!;
        var resolution = new RecordState { [FlagRecord.Status] = nameof(FlagStatus.Dismissed), [FlagRecord.ResolutionNote] = "Not a doubt" };
        var resolved = await WriteAsync(db => EditingDatabase.CreateEditor(db).SaveAsync(
            RevisionKind.Resolve, [new RecordEdit(nameof(ReviewFlag), flagId, opened, resolution)], "Not a doubt", _database.Editor, CancellationToken.None));

        Assert.Equal(EditStatus.Saved, resolved.Status);
        var after = await ListAsync("flags=open");
        Assert.Equal(before.Total - 1, after.Total);
        Assert.Equal(before.Facets!.WithOpenFlags - 1, after.Facets!.WithOpenFlags);
        await AssertAsCountedAfreshAsync(after, "flags=open");
    }

    [SkippableFact]
    public async Task An_import_moves_the_version_and_the_list_counts_its_meetings_but_an_import_of_unchanged_files_does_not()
    {
        using var empty = new TestDatabase();
        await using var db = empty.CreateContext();
        var runner = new ImportRunner(db, NullLoggerFactory.Instance, TimeProvider.System);
        var reference = await runner.PrepareAsync(TestPaths.ReferenceFolder, CancellationToken.None);
        var seededReference = await WriteVersion.ReadAsync(db, CancellationToken.None);
        var before = await ListAsync(empty.CreateContext, "");

        await runner.ImportFolderAsync(TestPaths.SeedsFolder, reference, progress: null, CancellationToken.None);
        var imported = await WriteVersion.ReadAsync(db, CancellationToken.None);
        var after = await ListAsync(empty.CreateContext, "");
        await runner.ImportFolderAsync(TestPaths.SeedsFolder, reference, progress: null, CancellationToken.None);

        Assert.True(seededReference > 0, "Loading the reference data is a write.");
        Assert.Equal(0, before.Total);
        Assert.True(imported > seededReference);
        Assert.Equal(await db.Meetings.CountAsync(), after.Total);
        Assert.NotEmpty(after.Facets!.Countries);
        Assert.Equal(imported, await WriteVersion.ReadAsync(db, CancellationToken.None));
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    private static int Planned(MeetingResults results) =>
        results.Facets!.Statuses.SingleOrDefault(s => s.Label == nameof(MeetingStatus.Planned))?.Count ?? 0;

    private Task<MeetingResults> ListAsync(string query = "") => ListAsync(_database.CreateContext, query, _cache);

    private async Task<MeetingResults> ListAsync(Func<BalkanMeetingsDbContext> context, string query, VersionedCache? cache = null)
    {
        await using var db = context();
        var browser = new MeetingBrowser(db, TestProviders.SearchIndex(db, _database.Provider), cache ?? _cache);
        var parsed = MeetingFilterQuery.Parse(SeededDatabase.QueryPairs(query), await browser.CountryCodesAsync(CancellationToken.None));
        return await browser.ListAsync(parsed, withFacets: true, CancellationToken.None);
    }

    /// <summary>The kept counts are those a cache of its own, which has kept nothing, counts now.</summary>
    private async Task AssertAsCountedAfreshAsync(MeetingResults kept, string query = "")
    {
        var fresh = await ListAsync(_database.CreateContext, query, new VersionedCache());
        Assert.Equal(fresh.Total, kept.Total);
        Assert.Equal(JsonSerializer.Serialize(fresh.Facets), JsonSerializer.Serialize(kept.Facets));
    }

    private async Task<long> VersionAsync()
    {
        await using var db = _database.CreateContext();
        return await WriteVersion.ReadAsync(db, CancellationToken.None);
    }

    private async Task<T> WriteAsync<T>(Func<BalkanMeetingsDbContext, Task<T>> write)
    {
        await using var db = _database.CreateContext();
        return await write(db);
    }
}

public sealed class SqliteCountsAfterWritesTests() : CountsAfterWritesTests(DatabaseProvider.Sqlite);

[Trait("Category", "PostgreSQL")]
public sealed class PostgresCountsAfterWritesTests() : CountsAfterWritesTests(DatabaseProvider.PostgreSQL);
