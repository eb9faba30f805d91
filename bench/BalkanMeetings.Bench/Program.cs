namespace BalkanMeetings.Bench;

/// <summary>Entry point of the benchmark tool: the first argument names the command, the rest are its options.</summary>
internal static class Program
{
    private const string Usage = """
        Usage: BalkanMeetings.Bench <command> [options]

        Commands:
          generate --count N --out FOLDER [--seed S] [--reference FOLDER]
              Write N synthetic articles (bench_000001.txt ...) into FOLDER. The same seed gives
              byte-identical files. --seed defaults to 42, --reference to seeds/reference.
          import --corpus FOLDER [--changed FOLDER] [--onto FILE] [--runs R] [--reference FOLDER]
                 [--postgres CONNECTION-STRING]
              Import FOLDER into a fresh SQLite file R times (default 3); print articles per second
              and CPU milliseconds per article for each run, their medians, and the peak working set.
              --changed names a changed copy of the corpus (the same file names), imported over it after
              each run and timed too. --onto imports into a copy of FILE instead (built as the pages
              command builds its database, 100,000 meetings, when missing); the corpus' file names must
              not be in it. --postgres imports into that PostgreSQL database instead, emptied before each
              run (everything in it is dropped); the CPU time is the importing process's, not the server's.
          pages [--database FILE] [--meetings N] [--articles N] [--seed S] [--reference FOLDER] [--app DLL]
                [--runs R] [--requests N] [--budget S] [--warmup N] [--wrk-seconds S] [--wrk-threads T]
                [--wrk-connections C] [--only TEXT] [--postgres CONNECTION-STRING]
              Serve a database of N meetings (default 100000; built from a generated corpus of --articles
              articles, default 10000, unless FILE already holds enough) with the web app built in Release,
              and time its pages: server and client time of --requests sequential requests per page
              (default 300; fewer, but at least 30, once --budget seconds have passed, default 60), then
              requests per second under wrk for --wrk-seconds (default 20, 0 skips it), in each of R runs
              (default 3). FILE defaults to bench/out/pages/meetings.db. --only takes words of the
              scenario names, comma-separated, and times just those. --postgres serves the same data from
              that (empty, or already filled by an earlier run) PostgreSQL database, copied from FILE.
        """;

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // Let the command stop between files instead of killing the process mid-write.
            e.Cancel = true;
            cancellation.Cancel();
        };

        try
        {
            var options = CommandArguments.Parse(args.Skip(1).ToList());
            return args[0] switch
            {
                GenerateCommand.Name => await GenerateCommand.RunAsync(options, cancellation.Token),
                ImportCommand.Name => await ImportCommand.RunAsync(options, cancellation.Token),
                Pages.PagesCommand.Name => await Pages.PagesCommand.RunAsync(options, cancellation.Token),
                _ => throw new CommandLineException($"Unknown command '{args[0]}'."),
            };
        }
        catch (TimeoutException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.Failure;
        }
        catch (CommandLineException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(Usage);
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("Cancelled.");
            return ExitCodes.Cancelled;
        }
    }
}

internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    public const int Cancelled = 130;
}
