using System.Data.Common;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Import;
using BalkanMeetings.Core.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;

namespace BalkanMeetings.Core.Tests.Import;

public sealed class ImportTransactionsTests : IDisposable
{
    private readonly ImportHarness _harness = new();

    [Fact]
    public async Task A_batch_that_has_held_the_write_lock_long_enough_commits_before_its_next_article()
    {
        var seeds = CopySeeds();

        var (byBatch, summary) = await ImportCountingCommitsAsync(maxWriteHold: TimeSpan.FromHours(1));
        var (byArticle, again) = await ImportCountingCommitsAsync(maxWriteHold: TimeSpan.Zero, fresh: true);

        // One transaction for the batch; held "too long" from the start, one more before each article written.
        Assert.Equal(1, byBatch);
        Assert.Equal(seeds + 1, byArticle);
        Assert.Equal((seeds, 0), (summary.Imported, summary.Failed.Count));
        Assert.Equal((summary.Imported, summary.MeetingsCreated, summary.FlagsRaised), (again.Imported, again.MeetingsCreated, again.FlagsRaised));
    }

    private int CopySeeds()
    {
        var seeds = Directory.GetFiles(TestPaths.SeedsFolder, "*.txt");
        foreach (var seed in seeds)
        {
            File.Copy(seed, Path.Combine(_harness.Folder, Path.GetFileName(seed)));
        }

        return seeds.Length;
    }

    private async Task<(int Commits, ImportSummary Summary)> ImportCountingCommitsAsync(TimeSpan maxWriteHold, bool fresh = false)
    {
        using var database = fresh ? new TestDatabase() : null;
        var connectionString = (database ?? _harness.Database).ConnectionString;
        var commits = new CommitCounter();
        var options = new DbContextOptionsBuilder<BalkanMeetingsDbContext>();
        options.UseBalkanMeetingsSqlite(connectionString).AddInterceptors(commits);
        await using var db = new BalkanMeetingsDbContext(options.Options);
        var reference = await new ImportRunner(db, NullLoggerFactory.Instance, TimeProvider.System).PrepareAsync(TestPaths.ReferenceFolder, CancellationToken.None);
        var importer = new ArticleImporter(db, reference, NullLogger<ArticleImporter>.Instance, TimeProvider.System) { MaxWriteHold = maxWriteHold };
        commits.Count = 0;

        var summary = await importer.ImportAsync(ArticleFile.ListFolder(_harness.Folder), progress: null, CancellationToken.None);

        return (commits.Count, summary);
    }

    public void Dispose() => _harness.Dispose();

    private sealed class CommitCounter : DbTransactionInterceptor
    {
        public int Count { get; set; }

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Count++;
            return Task.CompletedTask;
        }
    }
}
