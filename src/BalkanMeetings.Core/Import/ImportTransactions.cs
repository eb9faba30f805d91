using System.Diagnostics;
using BalkanMeetings.Core.Data;
using Microsoft.EntityFrameworkCore.Storage;

namespace BalkanMeetings.Core.Import;

/// <summary>
/// The import's write transactions, one per batch, each of which learns first the corrections editors saved since the
/// last (<see cref="ImportCatalog.RefreshCorrectionsAsync"/>). SQLite lets one connection write at a time, so an
/// editor's save waits while an import's transaction is open: once the import has held the write lock for
/// <paramref name="maxHold"/>, the batch's transaction is committed after the article in hand and a new one begun after
/// a short pause, in which a waiting save takes the lock. A save then waits for one article, not for a whole batch
/// (docs/editing.md#how-saves-work).
/// </summary>
internal sealed class ImportTransactions(BalkanMeetingsDbContext db, ImportCatalog catalog, TimeSpan maxHold)
{
    // Long enough for a save that asks for the lock every millisecond (SqliteWrites.BeginWriteAsync) to take it.
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(10);

    private readonly Stopwatch _sincePause = Stopwatch.StartNew();

    private bool HeldTooLong => _sincePause.Elapsed >= maxHold;

    public async Task<Batch> BeginAsync(CancellationToken cancellationToken) => new(this, await BeginTransactionAsync(cancellationToken));

    private async Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await catalog.RefreshCorrectionsAsync(db, cancellationToken);
        return transaction;
    }

    /// <summary>One batch's transaction; <see cref="Current"/> changes when the batch pauses.</summary>
    public sealed class Batch(ImportTransactions owner, IDbContextTransaction transaction) : IAsyncDisposable
    {
        public IDbContextTransaction Current { get; private set; } = transaction;

        /// <summary>Commits what the batch wrote so far and pauses, when the write lock has been held long enough.</summary>
        public async Task PauseIfHeldTooLongAsync(CancellationToken cancellationToken)
        {
            if (!owner.HeldTooLong)
            {
                return;
            }

            await Current.CommitAsync(cancellationToken);
            await Current.DisposeAsync();
            await Task.Delay(Pause, cancellationToken);
            Current = await owner.BeginTransactionAsync(cancellationToken);
            owner._sincePause.Restart();
        }

        public Task CommitAsync(CancellationToken cancellationToken) => Current.CommitAsync(cancellationToken);

        public ValueTask DisposeAsync() => Current.DisposeAsync();
    }
}
