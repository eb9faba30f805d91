using System.Diagnostics;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Data.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BalkanMeetings.Core.Import;

/// <summary>
/// The import's write transactions, one per batch, each of which learns first the corrections editors saved since the
/// last (<see cref="ImportCatalog.RefreshCorrectionsAsync"/>). SQLite lets one connection write at a time, so an
/// editor's save waits while an import's transaction is open: once the import has held the write lock for
/// <paramref name="maxHold"/>, the batch's transaction is committed after the article in hand and a new one begun after
/// a short pause, in which a waiting save takes the lock. A save then waits for one article, not for a whole batch
/// (docs/editing.md#how-saves-work). Each commit that wrote anything moves the <see cref="Domain.DataVersion"/> on.
/// </summary>
internal sealed class ImportTransactions(BalkanMeetingsDbContext db, ImportCatalog catalog, TimeSpan maxHold)
{
    // Long enough for a save that asks for the lock every millisecond (DatabaseWrites.BeginWriteAsync) to take it.
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(10);

    private readonly Stopwatch _sincePause = Stopwatch.StartNew();

    /// <summary>On SQLite, the rows the import's one connection had changed when the current transaction began.</summary>
    private long _changesAtBegin;

    private bool HeldTooLong => _sincePause.Elapsed >= maxHold;

    public async Task<Batch> BeginAsync(CancellationToken cancellationToken) => new(this, await BeginTransactionAsync(cancellationToken));

    private async Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync(SqliteFullText.DeferStatement, cancellationToken);
            _changesAtBegin = await ChangesAsync(cancellationToken);
        }

        await catalog.RefreshCorrectionsAsync(db, cancellationToken);
        return transaction;
    }

    /// <summary>
    /// Commits, with the data version moved on when the transaction changed a row: a batch of unchanged files is no
    /// write. On SQLite the full-text rows of what the transaction inserted are written first, in one statement.
    /// </summary>
    private async Task CommitAsync(IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        var wrote = await WroteAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync(SqliteFullText.WriteDeferredStatements, cancellationToken);
        }

        if (wrote)
        {
            await WriteVersion.MoveOnAsync(db, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Whether the transaction changed a row. PostgreSQL gives a transaction its id at its first write (an article
    /// rolled back to its savepoint counts too: the version then moves for nothing, which costs one recount).
    /// </summary>
    private async Task<bool> WroteAsync(CancellationToken cancellationToken) =>
        db.Database.IsSqlite()
            ? await ChangesAsync(cancellationToken) > _changesAtBegin
            : await db.Database.SqlQuery<bool>($"SELECT pg_current_xact_id_if_assigned() IS NOT NULL AS \"Value\"").SingleAsync(cancellationToken);

    /// <summary>SQLite's count of the rows this connection has inserted, updated or deleted since it opened.</summary>
    private Task<long> ChangesAsync(CancellationToken cancellationToken) =>
        db.Database.SqlQuery<long>($"SELECT total_changes() AS \"Value\"").SingleAsync(cancellationToken);

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

            await owner.CommitAsync(Current, cancellationToken);
            await Current.DisposeAsync();
            await Task.Delay(Pause, cancellationToken);
            Current = await owner.BeginTransactionAsync(cancellationToken);
            owner._sincePause.Restart();
        }

        public Task CommitAsync(CancellationToken cancellationToken) => owner.CommitAsync(Current, cancellationToken);

        public ValueTask DisposeAsync() => Current.DisposeAsync();
    }
}
