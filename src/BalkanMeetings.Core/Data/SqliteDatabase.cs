using BalkanMeetings.Core.Data.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

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

    /// <summary>A context over SQLite, for verbs and tools that make their own, seen by the given interceptors.</summary>
    public static BalkanMeetingsDbContext CreateContext(string connectionString, params IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<BalkanMeetingsDbContext>();
        options.UseBalkanMeetingsSqlite(connectionString).AddInterceptors(interceptors);
        return new BalkanMeetingsDbContext(options.Options);
    }
}
