using Microsoft.EntityFrameworkCore;
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
        return optionsBuilder.UseNpgsql(connectionString);
    }

    /// <summary>A context over PostgreSQL, for verbs and tests that make their own.</summary>
    public static BalkanMeetingsDbContext CreateContext(string connectionString)
    {
        var options = new DbContextOptionsBuilder<PostgresBalkanMeetingsDbContext>();
        options.UseBalkanMeetingsPostgres(connectionString);
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
