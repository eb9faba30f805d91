using BalkanMeetings.Core.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BalkanMeetings.Web.Infrastructure;

/// <summary>
/// What must hold before the site serves anyone: usable settings, a database it can open and bring up to date, and the
/// seed articles when that database is new. A problem an operator can fix ends the start with one log line naming
/// it and exit code 2, not with a stack trace; a PostgreSQL server that cannot be used yet is waited for instead
/// (<see cref="DatabaseReadiness"/>).
/// </summary>
public static class StartupChecks
{
    public const int CannotStart = 2;

    public static async Task<bool> PrepareAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupChecks));
        var site = app.Services.GetRequiredService<SiteAddress>();
        if (site.Problem is { } setting)
        {
            logger.LogCritical("Cannot start: {Problem}", setting);
            return false;
        }

        if (site.Text is null && !app.Environment.IsDevelopment())
        {
            logger.LogWarning("{Setting} is not set: absolute links in exports, feeds and the API follow each request's Host header", PublicSite.BaseUrlSetting);
        }

        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        var database = settings.Describe();
        if (settings.Provider == DatabaseProvider.Sqlite && Directory.Exists(database))
        {
            logger.LogCritical("Cannot start: the database path {Database} is a folder; Database:Path must name a file.", database);
            return false;
        }

        try
        {
            await PrepareDatabaseAsync(app, settings, logger);
            return true;
        }
        catch (Exception e) when (settings.Provider == DatabaseProvider.PostgreSQL && IsServerProblem(e))
        {
            // A server that is down, or a database not made yet, may be there in a minute: the site starts, says why
            // it serves nothing, and keeps trying.
            logger.LogCritical("The database cannot be used yet: {Reason} Every page answers 503 and /health reports Unhealthy until it can; trying again every {Seconds} s.", Reason(e, database), RetryInterval(app).TotalSeconds);
            _ = RetryAsync(app, settings, logger);
            return true;
        }
        catch (DatabaseFileProblem problem)
        {
            logger.LogCritical("Cannot start: {Reason}", problem.Message);
            return false;
        }
        catch (Exception e) when (Reason(e, database) is { } reason)
        {
            logger.LogCritical("Cannot start: {Reason}", reason);
            return false;
        }
    }

    /// <summary>Runs the site until it is stopped; a server that cannot listen (a port in use) is one log line too.</summary>
    public static async Task<int> RunAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (IOException e)
        {
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupChecks)).LogCritical("Cannot start: {Reason}", e.Message);
            return CannotStart;
        }
    }

    /// <summary>Migrates and seeds inside the start gate, then lets requests in.</summary>
    private static async Task PrepareDatabaseAsync(WebApplication app, DatabaseSettings settings, ILogger logger)
    {
        var database = settings.Describe();

        // Inside the gate: an instance that is creating the database leaves it empty for a moment.
        await using var gate = await StartupGate.EnterAsync(settings, logger, app.Lifetime.ApplicationStopping);
        if (settings.Provider == DatabaseProvider.Sqlite && File.Exists(database) && new FileInfo(database).Length == 0)
        {
            // SQLite would take an empty file for a new database; here it more likely is one that lost its contents.
            throw new DatabaseFileProblem($"the database {database} is an empty file (0 bytes): restore it from a backup, or delete it to start a new database.");
        }

        await SeedImport.RunAsync(app.Services, app.Configuration, app.Lifetime.ApplicationStopping);
        app.Services.GetRequiredService<DatabaseReadiness>().MarkReady();
    }

    private static async Task RetryAsync(WebApplication app, DatabaseSettings settings, ILogger logger)
    {
        var stopping = app.Lifetime.ApplicationStopping;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(RetryInterval(app), stopping);
                await PrepareDatabaseAsync(app, settings, logger);
                logger.LogInformation("The database {Database} is ready; serving pages", settings.Describe());
                return;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (IsServerProblem(e))
            {
                logger.LogDebug("The database still cannot be used: {Reason}", Reason(e, settings.Describe()));
            }
            catch (Exception e)
            {
                logger.LogCritical(e, "Preparing the database failed: {Reason}; stopping", Reason(e, settings.Describe()) ?? e.Message);
                app.Lifetime.StopApplication();
                return;
            }
        }
    }

    private static TimeSpan RetryInterval(WebApplication app) =>
        app.Configuration.GetValue("Database:StartRetry", TimeSpan.FromSeconds(5));

    private static bool IsServerProblem(Exception e) => e is NpgsqlException || e.InnerException is NpgsqlException;

    /// <summary>A database file the app must not use as it is; its message says which and why.</summary>
    private sealed class DatabaseFileProblem(string message) : Exception(message);

    /// <summary>Says in words what is wrong with the database or the seeds; null for a fault of the program, which is left to fail loudly.</summary>
    public static string? Reason(Exception e, string database) => e switch
    {
        // EF's execution strategy wraps a failure it takes for transient (the server not answering) in one of its own.
        InvalidOperationException { InnerException: NpgsqlException server } => Reason(server, database),
        SqliteException { SqliteErrorCode: 26 } => $"the database {database} is not a SQLite database (damaged, or another kind of file); restore it from a backup or point Database:Path elsewhere.",
        SqliteException { SqliteErrorCode: 11 } => $"the database {database} is damaged (malformed); restore it from a backup.",
        SqliteException { SqliteErrorCode: 8 } => $"the database {database} is read-only; the app must be able to write it and its folder.",
        SqliteException { SqliteErrorCode: 14 } => $"the database {database} cannot be opened (is it a folder, or is its folder missing or not writable?).",
        SqliteException sqlite => $"the database {database} cannot be used: {sqlite.Message}",
        PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } =>
            $"the {database} refused the user name or password of ConnectionStrings:BalkanMeetings.",
        PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } => $"the {database} does not exist; create it (createdb) or fix ConnectionStrings:BalkanMeetings.",
        PostgresException postgres => $"the {database} cannot be used: {postgres.MessageText}",
        NpgsqlException npgsql => $"the {database} cannot be reached: {npgsql.InnerException?.Message ?? npgsql.Message}",
        DirectoryNotFoundException or FileNotFoundException => $"a folder or file the app needs is missing: {e.Message}",
        UnauthorizedAccessException or IOException => $"a file the app needs cannot be read or written: {e.Message}",
        InvalidDataException => $"the reference data is invalid: {e.Message}",
        _ => null,
    };
}
