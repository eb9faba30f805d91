using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BalkanMeetings.Core.Data;

/// <summary>The database engines the app runs on: SQLite, embedded, by default; PostgreSQL for several instances.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}

/// <summary>Which database the site and every verb use: the engine and its connection string.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>
    /// Reads a provider's name as configured (<c>Database__Provider</c>), ignoring case; null when it is none of
    /// <see cref="DatabaseProvider"/>'s names.
    /// </summary>
    public static DatabaseProvider? ParseProvider(string? name) =>
        string.IsNullOrWhiteSpace(name)
            ? DatabaseProvider.Sqlite
            : Enum.GetValues<DatabaseProvider>().Cast<DatabaseProvider?>()
                .FirstOrDefault(p => string.Equals(p.ToString(), name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A context of its own on this database, for a verb or tool that runs outside the site's services, seen by the
    /// given interceptors.
    /// </summary>
    public BalkanMeetingsDbContext CreateContext(params IInterceptor[] interceptors) => Provider == DatabaseProvider.PostgreSQL
        ? PostgresDatabase.CreateContext(ConnectionString, interceptors)
        : SqliteDatabase.CreateContext(ConnectionString, interceptors);

    /// <summary>Where the database is, for logs and messages: a file path or a server and database, never a password.</summary>
    public string Describe() => Provider switch
    {
        DatabaseProvider.PostgreSQL => PostgresDatabase.Describe(ConnectionString),
        _ => new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource,
    };
}
