using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BalkanMeetings.Bench;

/// <summary>
/// <c>import</c>: imports a corpus into a fresh SQLite file (or an emptied PostgreSQL database), several times, and reports articles per second
/// and CPU milliseconds per article (median and spread) and the process's peak memory; with <c>--changed</c>, also how
/// fast a changed copy of the corpus is imported over it; with <c>--onto</c>, imports into a copy of a large database
/// instead, to show how the cost grows with what is stored. See docs/benchmarks.md.
/// </summary>
internal static class ImportCommand
{
    public const string Name = "import";

    private const int DefaultRuns = 3;

    // The database --onto builds when its file is missing: the page benchmark's (PageDatabase), with its defaults.
    private const int OntoMeetings = 100_000;
    private const int OntoArticles = 10_000;
    private const int OntoSeed = 42;

    public static async Task<int> RunAsync(CommandArguments options, CancellationToken cancellationToken)
    {
        var corpus = options.RequiredString("corpus");
        var changed = options.String("changed");
        var runs = options.Int("runs") ?? DefaultRuns;
        var onto = options.String("onto");
        var postgres = options.String("postgres");
        var referenceFolder = options.String("reference") ?? CommandArguments.DefaultReferenceFolder;
        options.EnsureAllRead();
        if (!Directory.Exists(corpus) || runs < 1 || (changed is not null && !Directory.Exists(changed)))
        {
            throw new CommandLineException($"--corpus and --changed must be existing folders ('{corpus}', '{changed}') and --runs at least 1.");
        }

        if (onto is not null && postgres is not null)
        {
            throw new CommandLineException("--onto copies a SQLite file; it cannot be given with --postgres.");
        }

        if (onto is not null)
        {
            await Pages.PageDatabase.EnsureAsync(onto, OntoMeetings, OntoArticles, OntoSeed, referenceFolder, cancellationToken);
            SqliteConnection.ClearAllPools();
        }

        var first = new List<Timing>();
        var again = new List<Timing>();
        for (var run = 1; run <= runs; run++)
        {
            var folder = Directory.CreateTempSubdirectory("bm-bench-");
            try
            {
                var database = Path.Combine(folder.FullName, "bench.db");
                if (onto is not null)
                {
                    // Each run starts from the same stored data.
                    File.Copy(onto, database);
                }

                await using var db = postgres is null ? BenchDatabase.Open(database) : await EmptyPostgresAsync(postgres, cancellationToken);
                var (timing, changedTiming) = await ImportOnceAsync(corpus, changed, referenceFolder, db, cancellationToken);
                first.Add(Report(run, "articles", timing));
                if (changedTiming is not null)
                {
                    again.Add(Report(run, "changed articles", changedTiming));
                }
            }
            finally
            {
                SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
            }
        }

        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"median {Spread(first, "articles")} over {runs} run(s); peak working set {peak:0} MiB; {Environment.ProcessorCount} cores"));
        if (again.Count > 0)
        {
            Console.WriteLine($"median {Spread(again, "changed articles")}");
        }

        return ExitCodes.Success;
    }

    private static Timing Report(int run, string what, Timing timing)
    {
        var summary = timing.Summary;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"run {run}: {summary.ArticlesRead} {what} in {timing.Wall.TotalSeconds:0.00} s = {timing.Rate:0} articles/s, {timing.CpuPerArticle:0.00} CPU ms/article ({timing.JitPerArticle:0.00} compiling code), {timing.KiBPerArticle:0} KiB allocated/article (imported {summary.Imported}, updated {summary.Updated}, failed {summary.Failed.Count}, meetings {summary.MeetingsCreated}, flags {summary.FlagsRaised})"));
        return timing;
    }

    private static string Spread(List<Timing> timings, string what)
    {
        var rates = timings.Select(t => t.Rate).Order().ToList();
        var cpu = timings.Select(t => t.CpuPerArticle).Order().ToList();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{rates[rates.Count / 2]:0} {what}/s (min {rates[0]:0}, max {rates[^1]:0}), {cpu[cpu.Count / 2]:0.00} CPU ms/article (min {cpu[0]:0.00}, max {cpu[^1]:0.00})");
    }

    // The timed part is the import itself: schema and reference data are prepared first, as on a real first run. It
    // includes loading what the import needs to know of the stored data (ids, the meeting index), which grows with it.
    // The changed copy, if any, is imported over the first as an update run would be: same file names, new contents.
    private static async Task<(Timing First, Timing? Changed)> ImportOnceAsync(
        string corpus, string? changed, string referenceFolder, BalkanMeetingsDbContext db, CancellationToken cancellationToken)
    {
        var runner = new ImportRunner(db, NullLoggerFactory.Instance, TimeProvider.System);
        var reference = await runner.PrepareAsync(referenceFolder, cancellationToken);
        var first = await TimeAsync(() => runner.ImportFolderAsync(corpus, reference, progress: null, cancellationToken));
        if (changed is null)
        {
            return (first, null);
        }

        // As the next import run would, with the people the first one added known to the reference data.
        reference = await runner.PrepareAsync(referenceFolder, cancellationToken);
        return (first, await TimeAsync(() => runner.ImportFolderAsync(changed, reference, progress: null, cancellationToken)));
    }

    /// <summary>
    /// The PostgreSQL database of <paramref name="connectionString"/> emptied (its <c>public</c> schema dropped and made
    /// again), so each run starts as a first import does. The database is the benchmark's own: everything in it goes.
    /// </summary>
    private static async Task<BalkanMeetingsDbContext> EmptyPostgresAsync(string connectionString, CancellationToken cancellationToken)
    {
        var db = PostgresDatabase.CreateContext(connectionString);
        await db.Database.ExecuteSqlRawAsync("DROP SCHEMA public CASCADE; CREATE SCHEMA public;", cancellationToken);
        return db;
    }

    private static async Task<Timing> TimeAsync(Func<Task<ImportSummary>> import)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var jit = JitInfo.GetCompilationTime();
        var allocated = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        var summary = await import();
        var wall = clock.Elapsed;
        process.Refresh();
        return new Timing(summary, wall, process.TotalProcessorTime - cpu, JitInfo.GetCompilationTime() - jit, GC.GetTotalAllocatedBytes() - allocated);
    }

    // The process's CPU time beside the wall time: on a machine shared with other work it varies far less. The time
    // spent compiling code is part of the CPU time; it shows how much of a run is warm-up.
    private sealed record Timing(ImportSummary Summary, TimeSpan Wall, TimeSpan Cpu, TimeSpan Jit, long Allocated)
    {
        public double Rate => Summary.ArticlesRead / Wall.TotalSeconds;

        public double CpuPerArticle => Cpu.TotalMilliseconds / Summary.ArticlesRead;

        public double JitPerArticle => Jit.TotalMilliseconds / Summary.ArticlesRead;

        public double KiBPerArticle => Allocated / 1024.0 / Summary.ArticlesRead;
    }
}
