using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BalkanMeetings.Core.Data;

/// <summary>Sets the app's SQLite pragmas each time EF opens a connection (most pragmas live per connection).</summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public static readonly SqlitePragmaInterceptor Instance = new();

    // journal_mode=WAL lets pages read while the importer writes; SQLite ignores it for in-memory databases.
    // foreign_keys is off in SQLite unless asked for. synchronous=NORMAL is safe under WAL and much faster than FULL.
    // busy_timeout makes a second writer (web app and importer at once) wait instead of failing at once.
    // cache_size keeps up to 64 MiB of pages per connection instead of SQLite's 2 MiB: a list page over 100,000
    // meetings reads more than that, and each page missed is a read from the file (docs/benchmarks.md).
    private const string Pragmas =
        "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -65536;";

    /// <summary>The busy timeout the pragmas set, which <see cref="DatabaseWrites"/> restores after waiting its own way.</summary>
    public const int BusyTimeoutMilliseconds = 5000;

    private SqlitePragmaInterceptor()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = CreateCommand(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection,
        ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        var command = CreateCommand(connection);
        await using (command.ConfigureAwait(false))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static DbCommand CreateCommand(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        return command;
    }
}
