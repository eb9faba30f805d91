using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Reference;
using Microsoft.Extensions.Logging;

namespace BalkanMeetings.Core.Import;

/// <summary>
/// Everything an import needs, in order (<see cref="PrepareAsync"/>, then <see cref="ImportFolderAsync"/>): the schema brought up to date, the reference data seeded on first use
/// and read back from the database (where editors correct it), then the articles.
/// </summary>
public sealed class ImportRunner(BalkanMeetingsDbContext db, ILoggerFactory loggerFactory, TimeProvider clock)
{
    public async Task<ReferenceIndex> PrepareAsync(string referenceFolder, CancellationToken cancellationToken)
    {
        var applied = await new DatabaseInitializer(db).MigrateAsync(cancellationToken);
        var logger = loggerFactory.CreateLogger<ImportRunner>();
        if (applied.Count > 0)
        {
            logger.LogInformation("Applied schema migrations {Migrations}", applied);
        }

        var files = await ReferenceFiles.LoadAsync(referenceFolder, cancellationToken);
        var store = new ReferenceStore(db);
        if (await store.SeedIfEmptyAsync(files, cancellationToken))
        {
            logger.LogInformation("Seeded reference data from {Folder}: {Offices} offices, {Topics} topics", referenceFolder, files.Offices.Count, files.Topics.Count);
        }

        return new ReferenceIndex(await store.LoadAsync(files, cancellationToken));
    }

    public async Task<ImportSummary> ImportFolderAsync(string folder, ReferenceIndex reference, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The folder '{folder}' does not exist.");
        }

        var importer = new ArticleImporter(db, reference, loggerFactory.CreateLogger<ArticleImporter>(), clock);
        return await importer.ImportAsync(ArticleFile.ListFolder(folder), progress, cancellationToken);
    }
}
