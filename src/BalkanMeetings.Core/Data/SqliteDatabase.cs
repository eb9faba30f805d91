using BalkanMeetings.Core.Data.Migrations;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Data;

/// <summary>Everything SQLite-specific about the app's database; a PostgreSQL twin would sit beside it.</summary>
public static class SqliteDatabase
{
    /// <summary>
    /// Uses SQLite at <paramref name="connectionString"/> with the hand-written migrations and the app's pragmas
    /// (WAL for files, foreign keys, synchronous=NORMAL, a busy timeout) set on every connection EF opens.
    /// </summary>
    public static DbContextOptionsBuilder UseBalkanMeetingsSqlite(
        this DbContextOptionsBuilder optionsBuilder,
        string connectionString)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);

        return optionsBuilder
            .UseSqlite(connectionString)
            .UseHandWrittenMigrations()
            .AddInterceptors(SqlitePragmaInterceptor.Instance);
    }
}
