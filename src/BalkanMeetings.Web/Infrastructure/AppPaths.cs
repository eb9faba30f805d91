using BalkanMeetings.Core.Data;
using Npgsql;

namespace BalkanMeetings.Web.Infrastructure;

/// <summary>
/// Where the database and the seed articles live. Relative paths are taken from the working folder, for the app
/// and the command-line verbs alike; the seeds folder, unless configured, is the nearest <c>seeds/</c> holding the
/// reference data, above the working folder or the app.
/// </summary>
public static class AppPaths
{
    public const string DefaultDatabase = "App_Data/balkanmeetings.db";

    public static string Database(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Path.GetFullPath(configuration["Database:Path"] ?? DefaultDatabase);
    }

    /// <summary>
    /// The database the site and every verb use (docs/deployment.md): <c>Database:Provider</c>, <c>Sqlite</c> by default
    /// with the file at <c>Database:Path</c>, or <c>PostgreSQL</c> with <c>ConnectionStrings:BalkanMeetings</c>. A verb's
    /// <c>--db FILE</c> (<paramref name="sqliteFile"/>) names a SQLite file whatever the settings say.
    /// </summary>
    /// <exception cref="InvalidOperationException">The settings name no usable database; the message says which setting and why.</exception>
    public static DatabaseSettings DatabaseSettings(IConfiguration configuration, string? sqliteFile = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (sqliteFile is not null)
        {
            return new(DatabaseProvider.Sqlite, SqliteConnectionString(Path.GetFullPath(sqliteFile)));
        }

        var name = configuration["Database:Provider"];
        var provider = Core.Data.DatabaseSettings.ParseProvider(name)
            ?? throw new InvalidOperationException($"Database:Provider is '{name}'; it must be Sqlite or PostgreSQL.");
        if (provider == DatabaseProvider.Sqlite)
        {
            return new(DatabaseProvider.Sqlite, SqliteConnectionString(Database(configuration)));
        }

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"Database:Provider is PostgreSQL, but ConnectionStrings:{ConnectionStringName} is not set.");
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not a PostgreSQL connection string: {e.Message}", e);
        }

        return new(DatabaseProvider.PostgreSQL, connectionString);
    }

    /// <summary>The name of the PostgreSQL connection string (<c>ConnectionStrings__BalkanMeetings</c>).</summary>
    public const string ConnectionStringName = "BalkanMeetings";

    public static string? SeedsFolder(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration["Seeds:Folder"] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        return FindSeeds(Directory.GetCurrentDirectory()) ?? FindSeeds(AppContext.BaseDirectory);
    }

    public static string ReferenceFolder(string seedsFolder) => Path.Combine(seedsFolder, "reference");

    public static string? FindSeeds(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds");
            if (File.Exists(Path.Combine(candidate, "reference", Core.Reference.ReferenceFiles.OfficeHoldersFile)))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A SQLite connection string for a file, creating its folder so a first run just works.</summary>
    public static string SqliteConnectionString(string databasePath)
    {
        var folder = Path.GetDirectoryName(databasePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = databasePath }.ToString();
    }
}
