using BalkanMeetings.Core.Data;
using Npgsql;

namespace BalkanMeetings.Web.Infrastructure;

/// <summary>
/// One instance at a time prepares a database (migrations, seed import): two started together on an empty database
/// would otherwise both import the seeds and collide. The second instance waits, then finds the work done. On SQLite
/// the gate is an exclusive lock on a file beside the database; on PostgreSQL a session advisory lock, held by a
/// connection of its own. Either is freed if its holder dies.
/// </summary>
public sealed class StartupGate : IAsyncDisposable
{
    /// <summary>The advisory lock's key on PostgreSQL: any number, the same for every instance of the app.</summary>
    public const long AdvisoryLockKey = 0x42_61_6C_6B_61_6E; // "Balkan"

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    private readonly IAsyncDisposable _held;

    private StartupGate(IAsyncDisposable held) => _held = held;

    public static string LockPath(string database) => database + ".lock";

    /// <summary>Waits until no other instance holds the gate of the database, and takes it.</summary>
    public static Task<StartupGate> EnterAsync(DatabaseSettings database, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(logger);
        return database.Provider == DatabaseProvider.PostgreSQL
            ? EnterAdvisoryLockAsync(database, logger, cancellationToken)
            : EnterFileLockAsync(database.Describe(), logger, cancellationToken);
    }

    private static async Task<StartupGate> EnterFileLockAsync(string database, ILogger logger, CancellationToken cancellationToken)
    {
        var path = LockPath(database);
        var waiting = false;
        while (true)
        {
            try
            {
                return new StartupGate(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (File.Exists(path))
            {
                waiting = LogWaitOnce(logger, waiting, database);
                await Task.Delay(Poll, cancellationToken);
            }
        }
    }

    private static async Task<StartupGate> EnterAdvisoryLockAsync(DatabaseSettings database, ILogger logger, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(database.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var waiting = false;
            while (!await TryLockAsync(connection, cancellationToken))
            {
                waiting = LogWaitOnce(logger, waiting, database.Describe());
                await Task.Delay(Poll, cancellationToken);
            }

            return new StartupGate(new AdvisoryLock(connection));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", AdvisoryLockKey);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static bool LogWaitOnce(ILogger logger, bool waiting, string database)
    {
        if (!waiting)
        {
            logger.LogInformation("Waiting for another instance to finish preparing the database {Database}", database);
        }

        return true;
    }

    private bool _disposed;

    public ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return ValueTask.CompletedTask;
        }

        _disposed = true;
        return _held.DisposeAsync();
    }

    /// <summary>
    /// Unlocks before the connection goes back to the pool: a pooled session lives on, and with it any lock it holds.
    /// </summary>
    private sealed class AdvisoryLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                command.Parameters.AddWithValue("key", AdvisoryLockKey);
                await command.ExecuteScalarAsync();
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
