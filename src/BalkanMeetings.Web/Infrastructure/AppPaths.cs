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
