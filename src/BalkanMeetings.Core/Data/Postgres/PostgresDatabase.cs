using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace BalkanMeetings.Core.Data;

/// <summary>Everything PostgreSQL-specific about the app's database, beside <see cref="SqliteDatabase"/>.</summary>
public static class PostgresDatabase
{
    /// <summary>Uses PostgreSQL at <paramref name="connectionString"/> with its own migration history (docs/decisions/0003-migrations-per-provider.md).</summary>
    public static DbContextOptionsBuilder UseBalkanMeetingsPostgres(this DbContextOptionsBuilder optionsBuilder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return optionsBuilder.UseNpgsql(WithAutoPrepare(connectionString));
    }

    /// <summary>
    /// Lets Npgsql prepare the statements a connection runs again and again (the import's rows, the pages' queries),
    /// which the server then plans once, unless the connection string says otherwise.
    /// </summary>
    internal static string WithAutoPrepare(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 64;
        }

        return builder.ConnectionString;
    }

    /// <summary>A context over PostgreSQL, for verbs and tools that make their own, seen by the given interceptors.</summary>
    public static BalkanMeetingsDbContext CreateContext(string connectionString, params IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<PostgresBalkanMeetingsDbContext>();
        options.UseBalkanMeetingsPostgres(connectionString).AddInterceptors(interceptors);
        return new PostgresBalkanMeetingsDbContext(options.Options);
    }

    /// <summary>Host, port and database of a connection string: what a message may say, with no password or user.</summary>
    public static string Describe(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return $"PostgreSQL database '{builder.Database}' on {builder.Host}:{builder.Port}";
        }
        catch (ArgumentException)
        {
            return "PostgreSQL (connection string not readable)";
        }
    }
}
