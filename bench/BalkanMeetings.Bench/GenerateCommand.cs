using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BalkanMeetings.Bench.Corpus;
using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Bench;

/// <summary><c>generate</c>: writes a synthetic corpus for the import benchmark. See docs/benchmarks.md.</summary>
internal static class GenerateCommand
{
    public const string Name = "generate";

    private const int DefaultSeed = 42;

    public static async Task<int> RunAsync(CommandArguments options, CancellationToken cancellationToken)
    {
        var count = options.RequiredInt("count");
        var output = options.RequiredString("out");
        var seed = options.Int("seed") ?? DefaultSeed;
        var referenceFolder = options.String("reference") ?? CommandArguments.DefaultReferenceFolder;
        options.EnsureAllRead();
        if (count < 0)
        {
            throw new CommandLineException("Option --count must not be negative.");
        }

        OfficeHolders holders;
        try
        {
            holders = OfficeHolders.From(await ReferenceFiles.LoadAsync(referenceFolder, cancellationToken));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or JsonException)
        {
            Console.Error.WriteLine($"Cannot read the reference data in '{Path.GetFullPath(referenceFolder)}': {e.Message}");
            Console.Error.WriteLine("Run from the repository root or pass --reference.");
            return ExitCodes.Failure;
        }

        var generator = new CorpusGenerator(holders, seed);
        var stopwatch = Stopwatch.StartNew();
        CorpusSummary summary;
        try
        {
            summary = generator.WriteCorpus(output, count, cancellationToken);
        }
        catch (Exception e) when (WriteFailure(e) is { } failure)
        {
            Console.Error.WriteLine($"Cannot write the corpus to '{Path.GetFullPath(output)}': {failure.Message}");
            return ExitCodes.Failure;
        }

        stopwatch.Stop();

        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant,
            $"Wrote {summary.Files:N0} files, {summary.Bytes:N0} bytes ({summary.Bytes / 1048576.0:F1} MiB) to {Path.GetFullPath(output)} in {stopwatch.Elapsed.TotalSeconds:F1} s (seed {seed})."));
        if (summary.StaleFilesRemoved > 0)
        {
            Console.WriteLine(string.Create(invariant, $"Removed {summary.StaleFilesRemoved:N0} bench_*.txt files left by an earlier run."));
        }

        foreach (var line in summary.Describe())
        {
            Console.WriteLine(line);
        }

        return ExitCodes.Success;
    }

    /// <summary>The file-system error behind <paramref name="e"/>, unwrapped from the parallel loop; null for anything else.</summary>
    private static Exception? WriteFailure(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException aggregate when aggregate.InnerExceptions.All(i => i is IOException or UnauthorizedAccessException) => aggregate.InnerExceptions[0],
        _ => null,
    };
}
