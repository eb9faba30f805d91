using System.Collections.Concurrent;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Import.Extraction;
using BalkanMeetings.Core.Import.Store;
using BalkanMeetings.Core.Import.Text;
using BalkanMeetings.Core.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BalkanMeetings.Core.Import;

/// <summary>
/// Imports article files: reads and extracts them in parallel batches, the next batch while the last is stored;
/// stores them all or nothing per
/// article. A bad file is reported by name and skipped; nothing of it is written. See docs/import.md.
/// </summary>
public sealed class ArticleImporter(BalkanMeetingsDbContext db, ReferenceIndex reference, ILogger<ArticleImporter> logger, TimeProvider clock)
{
    private const int BatchSize = 64;

    /// <summary>Why an article that reports no meeting is not imported.</summary>
    internal const string NoMeeting = "it reports no meeting between NATO and Western Balkans officials.";

    // Each article's savepoint keeps the pages it changes in a statement journal, which SQLite spills to a temporary
    // file past 64 KiB: most of the import's writes, to a file that is deleted unread. In memory it holds one
    // article's pages, as it is emptied when the savepoint is released (docs/benchmarks.md). After the run the
    // connection may go back to a pool shared with readers, whose sorts should spill to disk.
    private const string SqliteRunStart = "PRAGMA temp_store = MEMORY";
    private const string SqliteRunEnd = "PRAGMA temp_store = DEFAULT";

    // Imports into one PostgreSQL database, from any machine, run one at a time: each decides which articles are
    // new and which meetings are the same from what it read at its start. The lock is the session's, taken and
    // given back on the import's one connection (a pooled session would keep it).
    private const string PostgresRunStart = "SELECT pg_advisory_lock(4775531660716132462)";
    private const string PostgresRunEnd = "SELECT pg_advisory_unlock(4775531660716132462)";

    /// <summary>
    /// The longest the import holds SQLite's write lock before it commits and lets an editor's save in
    /// (<see cref="ImportTransactions"/>).
    /// </summary>
    public TimeSpan MaxWriteHold { get; init; } = TimeSpan.FromSeconds(1);

    public async Task<ImportSummary> ImportAsync(IReadOnlyList<string> paths, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);

        return await OnOneConnectionAsync(db, () => ImportOpenAsync(paths, progress, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Runs an import on one connection, held open throughout with the run's settings (SQLite) or lock (PostgreSQL).
    /// </summary>
    internal static async Task<T> OnOneConnectionAsync<T>(BalkanMeetingsDbContext db, Func<Task<T>> run, CancellationToken cancellationToken)
    {
        // One connection for the whole run: the row writer's prepared statements belong to it, and
        // opening a connection per article would cost more than the article.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync(db.Database.IsSqlite() ? SqliteRunStart : PostgresRunStart, cancellationToken);
            return await run();
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync(db.Database.IsSqlite() ? SqliteRunEnd : PostgresRunEnd, CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<ImportSummary> ImportOpenAsync(IReadOnlyList<string> paths, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var catalog = await ImportCatalog.LoadAsync(db, cancellationToken);

        // The store sets its own savepoint per article; EF's extra one per save would only cost time.
        db.Database.AutoSavepointsEnabled = false;
        var stored = await db.Articles.AsNoTracking()
            .Select(a => new { a.FileName, a.ContentHash })
            .ToListAsync(cancellationToken);

        // Readers of the next batch look files up while the store records the current one.
        var known = new ConcurrentDictionary<string, string>(stored.Select(a => KeyValuePair.Create(a.FileName, a.ContentHash)), StringComparer.Ordinal);
        await using var rows = new RowWriter(db);
        var store = new ArticleWriter(db, catalog, rows, clock);
        var extractor = new ArticleExtractor(reference);

        int imported = 0, updated = 0, unchanged = 0, meetingsCreated = 0, meetingsMerged = 0, peopleCreated = 0, flags = 0;
        var failed = new List<ImportFailure>();
        var batches = paths.Chunk(BatchSize).ToList();
        var reading = batches.Count > 0 ? ReadBatchAsync(batches[0], extractor, known, cancellationToken) : null;
        var done = 0;
        var transactions = new ImportTransactions(db, catalog, MaxWriteHold);
        for (var b = 0; b < batches.Count; b++)
        {
            var results = await reading!;
            reading = b + 1 < batches.Count ? ReadBatchAsync(batches[b + 1], extractor, known, cancellationToken) : null;

            // One transaction per batch, one savepoint per article: an article is still all or nothing, and the
            // batch pays for one commit instead of one per article (see docs/benchmarks.md).
            await using var transaction = await transactions.BeginAsync(cancellationToken);
            foreach (var result in results)
            {
                if (result.Failure is { } failure)
                {
                    failed.Add(failure);
                    logger.LogWarning("Article {FileName} was not imported: {Reason}", failure.FileName, failure.Reason);
                    continue;
                }

                if (result.Extracted is null)
                {
                    unchanged++;
                    continue;
                }

                await transaction.PauseIfHeldTooLongAsync(cancellationToken);
                try
                {
                    var outcome = await store.SaveAsync(result.File!, result.Extracted, known.ContainsKey(result.File!.FileName), transaction.Current, cancellationToken);
                    known[result.File!.FileName] = result.File.ContentHash;
                    if (outcome.Replaced)
                    {
                        updated++;
                    }
                    else
                    {
                        imported++;
                    }

                    meetingsCreated += outcome.MeetingsCreated;
                    meetingsMerged += outcome.MeetingsMerged;
                    peopleCreated += outcome.PeopleCreated;
                    flags += outcome.FlagsRaised;
                    logger.LogDebug(
                        "Imported {FileName}: {Meetings} meeting(s), {Flags} flag(s)",
                        result.File.FileName,
                        result.Extracted.Meetings.Count,
                        result.Extracted.Flags.Count);
                }
                catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException)
                {
                    db.ChangeTracker.Clear();
                    failed.Add(new ImportFailure(result.File!.FileName, "the database refused it: " + (e.InnerException?.Message ?? e.Message)));
                    logger.LogError(e, "Article {FileName} could not be stored", result.File.FileName);
                }
            }

            await transaction.CommitAsync(cancellationToken);
            done += batches[b].Length;
            progress?.Report(new ImportProgress(done, paths.Count));
        }

        var summary = new ImportSummary(paths.Count, imported, updated, unchanged, failed, meetingsCreated, meetingsMerged, peopleCreated, flags);
        logger.LogInformation(
            "Import finished: {Read} read, {Imported} imported, {Updated} updated, {Unchanged} unchanged, {Failed} failed; {Meetings} meeting(s), {People} new people, {Flags} flag(s)",
            summary.ArticlesRead,
            summary.Imported,
            summary.Updated,
            summary.Unchanged,
            summary.Failed.Count,
            summary.MeetingsCreated,
            summary.PeopleCreated,
            summary.FlagsRaised);
        return summary;
    }

    /// <summary>Reads, normalises and extracts one file without touching the database.</summary>
    public static async Task<ExtractedArticle> ExtractFileAsync(string path, ArticleExtractor extractor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        var file = await ArticleFile.ReadAsync(path, cancellationToken);
        return Extract(file, extractor);
    }

    /// <summary>Reads, normalises and runs the extraction rules over one file, keeping everything they found.</summary>
    public static async Task<ArticleContext> ExplainFileAsync(string path, ArticleExtractor extractor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        var file = await ArticleFile.ReadAsync(path, cancellationToken);
        var normalised = TextNormaliser.Normalise(file.Text);
        return extractor.Run(file.FileName, normalised.Text, normalised.EncodingRepairs, file.Meta);
    }

    /// <summary>Normalises the file's text and extracts it, as every import does.</summary>
    internal static ExtractedArticle Extract(ArticleFile file, ArticleExtractor extractor)
    {
        var normalised = TextNormaliser.Normalise(file.Text);
        return extractor.Extract(file.FileName, file.Text, normalised.Text, normalised.EncodingRepairs, file.Meta);
    }

    private static Task<ReadResult[]> ReadBatchAsync(string[] batch, ArticleExtractor extractor, ConcurrentDictionary<string, string> known, CancellationToken cancellationToken) =>
        Task.Run(
            async () =>
            {
                var results = new ReadResult[batch.Length];
                await Parallel.ForAsync(0, batch.Length, cancellationToken, async (k, ct) => results[k] = await ReadAsync(batch[k], extractor, known, ct));
                return results;
            },
            cancellationToken);

    private static async Task<ReadResult> ReadAsync(string path, ArticleExtractor extractor, ConcurrentDictionary<string, string> known, CancellationToken cancellationToken)
    {
        try
        {
            var file = await ArticleFile.ReadAsync(path, cancellationToken);
            if (known.TryGetValue(file.FileName, out var hash) && hash == file.ContentHash)
            {
                return new ReadResult(file, null, null);
            }

            var extracted = Extract(file, extractor);
            return extracted.Meetings.Count == 0
                ? new ReadResult(null, null, new ImportFailure(file.FileName, NoMeeting))
                : new ReadResult(file, extracted, null);
        }
        catch (Exception e) when (Failure(path, e) is { } failure)
        {
            return new ReadResult(null, null, failure);
        }
    }

    /// <summary>
    /// Reads and extracts one file like <see cref="ExtractFileAsync"/>, but a file that cannot be read or extracted
    /// comes back as a failure with its reason, as the import reports it, instead of as an exception.
    /// </summary>
    public static Task<(ExtractedArticle? Article, ImportFailure? Failure)> TryExtractFileAsync(string path, ArticleExtractor extractor, CancellationToken cancellationToken) =>
        TryAsync(path, () => ExtractFileAsync(path, extractor, cancellationToken));

    /// <summary>As <see cref="ExplainFileAsync"/>, with a failure named as <c>import</c> names it instead of thrown.</summary>
    public static Task<(ArticleContext? Context, ImportFailure? Failure)> TryExplainFileAsync(string path, ArticleExtractor extractor, CancellationToken cancellationToken) =>
        TryAsync(path, () => ExplainFileAsync(path, extractor, cancellationToken));

    private static async Task<(T? Result, ImportFailure? Failure)> TryAsync<T>(string path, Func<Task<T>> read)
        where T : class
    {
        try
        {
            return (await read(), null);
        }
        catch (Exception e) when (Failure(path, e) is { } failure)
        {
            return (null, failure);
        }
    }

    /// <summary>Why a file was not imported, in words; null for a cancellation, which is no fault of the file.</summary>
    private static ImportFailure? Failure(string path, Exception e)
    {
        var name = Path.GetFileName(path);
        return e switch
        {
            OperationCanceledException => null,
            BadArticleException => new ImportFailure(name, e.Message),
            IOException or UnauthorizedAccessException => new ImportFailure(name, "it could not be read: " + e.Message),

            // A fault in one article's extraction must not stop the others; the reason goes to the summary.
            _ => new ImportFailure(name, $"the importer failed on it ({e.GetType().Name}: {e.Message})"),
        };
    }

    private sealed record ReadResult(ArticleFile? File, ExtractedArticle? Extracted, ImportFailure? Failure);
}
