using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SQLitePCL;

namespace BalkanMeetings.Core.Data;

/// <summary>
/// How a short write (an editor's save) gets SQLite's one write lock while a long one (an import) keeps taking it, or
/// waits a bounded time for PostgreSQL's row locks, and what either engine's answer means when a write could not be
/// made.
/// </summary>
public static class DatabaseWrites
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteFull = 13;

    /// <summary>
    /// Opens the connection and begins a write transaction (BEGIN IMMEDIATE), waiting up to <paramref name="wait"/> for
    /// the write lock. It asks for the lock every millisecond: SQLite's own busy handler asks every 100 ms at most, and
    /// would all but never meet the moments an import leaves the lock free between its transactions. When the wait
    /// runs out, throws the <see cref="SqliteException"/> <see cref="IsBusy"/> recognises. The caller closes the
    /// connection.
    /// </summary>
    public static async Task<IDbContextTransaction> BeginWriteAsync(this DatabaseFacade database, TimeSpan wait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        await database.OpenConnectionAsync(cancellationToken);
        if (database.GetDbConnection() is not SqliteConnection connection)
        {
            // Rows another instance's save or an import holds are waited for as long as SQLite's lock would be, then
            // refused (lock_not_available), rather than for the whole command timeout.
            var transaction = await database.BeginTransactionAsync(cancellationToken);
            var milliseconds = (long)Math.Max(1, wait.TotalMilliseconds);
            var timeout = milliseconds.ToString(CultureInfo.InvariantCulture);
            await database.ExecuteSqlAsync($"SELECT set_config('lock_timeout', {timeout}, true)", cancellationToken);
            return transaction;
        }

        var handle = connection.Handle!;
        var waiting = Stopwatch.StartNew();
        var commandTimeout = connection.DefaultTimeout;
        raw.sqlite3_busy_timeout(handle, 0);
        try
        {
            // The lock is free when a transaction can take it; given straight back, it is taken again below at once,
            // before an import pausing between its transactions starts its next one.
            while ((raw.sqlite3_exec(handle, "BEGIN IMMEDIATE") & 0xFF) == SqliteBusy)
            {
                if (waiting.Elapsed >= wait)
                {
                    throw new SqliteException("The database is locked by another write.", SqliteBusy);
                }

                await Task.Delay(TimeSpan.FromMilliseconds(1), cancellationToken);
            }

            raw.sqlite3_exec(handle, "ROLLBACK");

            // Should another write take the lock in between, the transaction waits what is left of the wait for it;
            // Microsoft.Data.Sqlite would otherwise try again for its whole command timeout.
            raw.sqlite3_busy_timeout(handle, (int)Math.Max(1, (wait - waiting.Elapsed).TotalMilliseconds));
            connection.DefaultTimeout = 1;
            return await database.BeginTransactionAsync(cancellationToken);
        }
        finally
        {
            connection.DefaultTimeout = commandTimeout;
            raw.sqlite3_busy_timeout(handle, SqlitePragmaInterceptor.BusyTimeoutMilliseconds);
        }
    }

    /// <summary>
    /// True when another connection held the database (or, on PostgreSQL, the rows) for longer than the write could
    /// wait, or PostgreSQL chose the write as a deadlock's victim: either way, trying again may succeed.
    /// </summary>
    public static bool IsBusy(Exception exception) =>
        ErrorCode(exception) is SqliteBusy or SqliteLocked
        || PostgresState(exception) is PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.DeadlockDetected;

    /// <summary>True when the database could not grow: its disk (or its page limit) is full.</summary>
    public static bool IsFull(Exception exception) =>
        ErrorCode(exception) == SqliteFull || PostgresState(exception) == PostgresErrorCodes.DiskFull;

    // Npgsql counts a lock timeout, a deadlock and a full disk as transient, so EF's execution strategy may wrap the
    // server's answer in exceptions of its own: the whole chain is read.
    private static string? PostgresState(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException postgres)
            {
                return postgres.SqlState;
            }
        }

        return null;
    }

    private static int? ErrorCode(Exception exception) =>
        (exception as SqliteException ?? exception.InnerException as SqliteException)?.SqliteErrorCode;
}
