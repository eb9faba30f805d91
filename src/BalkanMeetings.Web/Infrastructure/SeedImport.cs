using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Import;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Web.Infrastructure;

/// <summary>On start: brings the schema up to date and, when the database holds no article yet, imports the seeds.</summary>
public static class SeedImport
{
    public static async Task RunAsync(IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>();
        var loggerFactory = scope.ServiceProvider.GetRequiredService<ILoggerFactory>();
        var logger = loggerFactory.CreateLogger(typeof(SeedImport));
        var runner = new ImportRunner(db, loggerFactory, scope.ServiceProvider.GetRequiredService<TimeProvider>());

        // The schema is brought up to date on every start; the reference data is read only when there is
        // something to import.
        await new DatabaseInitializer(db).MigrateAsync(cancellationToken);
        if (await db.Articles.AnyAsync(cancellationToken))
        {
            return;
        }

        var seeds = AppPaths.SeedsFolder(configuration);
        if (seeds is null)
        {
            logger.LogWarning("No seeds folder found; the database starts empty");
            return;
        }

        if (!Directory.Exists(seeds))
        {
            throw new DirectoryNotFoundException($"the seeds folder {seeds} (Seeds:Folder) does not exist.");
        }

        var reference = await runner.PrepareAsync(AppPaths.ReferenceFolder(seeds), cancellationToken);
        var summary = await runner.ImportFolderAsync(seeds, reference, progress: null, cancellationToken);
        logger.LogInformation("Seed articles imported from {Folder}: {Imported} imported, {Failed} failed", seeds, summary.Imported, summary.Failed.Count);
    }
}
