using System.Diagnostics;
using System.Globalization;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BalkanMeetings.Bench;

/// <summary>
/// <c>import</c>: imports a corpus into a fresh SQLite file, several times, and reports articles per second
/// (median and spread) and the process's peak memory. See docs/benchmarks.md.
/// </summary>
internal static class ImportCommand
{
    public const string Name = "import";

    private const int DefaultRuns = 3;

    public static async Task<int> RunAsync(CommandArguments options, CancellationToken cancellationToken)
    {
        var corpus = options.RequiredString("corpus");
        var runs = options.Int("runs") ?? DefaultRuns;
        var referenceFolder = options.String("reference") ?? CommandArguments.DefaultReferenceFolder;
        options.EnsureAllRead();
        if (!Directory.Exists(corpus) || runs < 1)
        {
            throw new CommandLineException($"--corpus must be an existing folder ('{corpus}') and --runs at least 1.");
        }

        var rates = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var folder = Directory.CreateTempSubdirectory("bm-bench-");
            try
            {
                var (summary, elapsed) = await ImportOnceAsync(corpus, referenceFolder, Path.Combine(folder.FullName, "bench.db"), cancellationToken);
                var rate = summary.ArticlesRead / elapsed.TotalSeconds;
                rates.Add(rate);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"run {run}: {summary.ArticlesRead} articles in {elapsed.TotalSeconds:0.00} s = {rate:0} articles/s (imported {summary.Imported}, failed {summary.Failed.Count}, meetings {summary.MeetingsCreated}, flags {summary.FlagsRaised})"));
            }
            finally
            {
                SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
            }
        }

        rates.Sort();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"median {rates[rates.Count / 2]:0} articles/s (min {rates[0]:0}, max {rates[^1]:0}) over {runs} run(s); peak working set {peak:0} MiB; {Environment.ProcessorCount} cores"));
        return ExitCodes.Success;
    }

    // The timed part is the import itself: schema and reference data are prepared first, as on a real first run.
    private static async Task<(ImportSummary Summary, TimeSpan Elapsed)> ImportOnceAsync(string corpus, string referenceFolder, string database, CancellationToken cancellationToken)
    {
        var options = new DbContextOptionsBuilder<BalkanMeetingsDbContext>();
        options.UseBalkanMeetingsSqlite(new SqliteConnectionStringBuilder { DataSource = database }.ToString());
        await using var db = new BalkanMeetingsDbContext(options.Options);
        var runner = new ImportRunner(db, NullLoggerFactory.Instance, TimeProvider.System);
        var reference = await runner.PrepareAsync(referenceFolder, cancellationToken);
        var clock = Stopwatch.StartNew();
        var summary = await runner.ImportFolderAsync(corpus, reference, progress: null, cancellationToken);
        return (summary, clock.Elapsed);
    }
}
