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
/// (median and spread) and the process's peak memory; with <c>--changed</c>, also how fast a changed copy of the
/// corpus is imported over it. See docs/benchmarks.md.
/// </summary>
internal static class ImportCommand
{
    public const string Name = "import";

    private const int DefaultRuns = 3;

    public static async Task<int> RunAsync(CommandArguments options, CancellationToken cancellationToken)
    {
        var corpus = options.RequiredString("corpus");
        var changed = options.String("changed");
        var runs = options.Int("runs") ?? DefaultRuns;
        var referenceFolder = options.String("reference") ?? CommandArguments.DefaultReferenceFolder;
        options.EnsureAllRead();
        if (!Directory.Exists(corpus) || runs < 1 || (changed is not null && !Directory.Exists(changed)))
        {
            throw new CommandLineException($"--corpus and --changed must be existing folders ('{corpus}', '{changed}') and --runs at least 1.");
        }

        var rates = new List<double>();
        var changedRates = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var folder = Directory.CreateTempSubdirectory("bm-bench-");
            try
            {
                var (summary, elapsed, again) = await ImportOnceAsync(corpus, changed, referenceFolder, Path.Combine(folder.FullName, "bench.db"), cancellationToken);
                rates.Add(Report(run, "articles", summary, elapsed));
                if (again is var (changedSummary, changedElapsed))
                {
                    changedRates.Add(Report(run, "changed articles", changedSummary, changedElapsed));
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
            $"median {Spread(rates, "articles")} over {runs} run(s); peak working set {peak:0} MiB; {Environment.ProcessorCount} cores"));
        if (changedRates.Count > 0)
        {
            Console.WriteLine($"median {Spread(changedRates, "changed articles")}");
        }

        return ExitCodes.Success;
    }

    private static double Report(int run, string what, ImportSummary summary, TimeSpan elapsed)
    {
        var rate = summary.ArticlesRead / elapsed.TotalSeconds;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"run {run}: {summary.ArticlesRead} {what} in {elapsed.TotalSeconds:0.00} s = {rate:0} articles/s (imported {summary.Imported}, updated {summary.Updated}, failed {summary.Failed.Count}, meetings {summary.MeetingsCreated}, flags {summary.FlagsRaised})"));
        return rate;
    }

    private static string Spread(List<double> rates, string what)
    {
        rates.Sort();
        return string.Create(CultureInfo.InvariantCulture, $"{rates[rates.Count / 2]:0} {what}/s (min {rates[0]:0}, max {rates[^1]:0})");
    }

    // The timed part is the import itself: schema and reference data are prepared first, as on a real first run.
    // The changed copy, if any, is imported over the first as an update run would be: same file names, new contents.
    private static async Task<(ImportSummary Summary, TimeSpan Elapsed, (ImportSummary, TimeSpan)? Changed)> ImportOnceAsync(
        string corpus, string? changed, string referenceFolder, string database, CancellationToken cancellationToken)
    {
        var options = new DbContextOptionsBuilder<BalkanMeetingsDbContext>();
        options.UseBalkanMeetingsSqlite(new SqliteConnectionStringBuilder { DataSource = database }.ToString());
        await using var db = new BalkanMeetingsDbContext(options.Options);
        var runner = new ImportRunner(db, NullLoggerFactory.Instance, TimeProvider.System);
        var reference = await runner.PrepareAsync(referenceFolder, cancellationToken);
        var clock = Stopwatch.StartNew();
        var summary = await runner.ImportFolderAsync(corpus, reference, progress: null, cancellationToken);
        var elapsed = clock.Elapsed;
        if (changed is null)
        {
            return (summary, elapsed, null);
        }

        // As the next import run would, with the people the first one added known to the reference data.
        reference = await runner.PrepareAsync(referenceFolder, cancellationToken);
        clock.Restart();
        var again = await runner.ImportFolderAsync(changed, reference, progress: null, cancellationToken);
        return (summary, elapsed, (again, clock.Elapsed));
    }
}
