using System.CommandLine;
using BalkanMeetings.Web.Infrastructure;
using Serilog.Extensions.Logging;

namespace BalkanMeetings.Web.Cli;

/// <summary>
/// The app's command-line verbs (<c>import</c>, <c>extract</c>), documented in README.md and docs/import.md.
/// Results go to standard output; logs and progress to standard error.
/// </summary>
public static class CommandLineVerbs
{
    public const int Failed = 1;
    public const int Fatal = 2;

    public static bool Handles(string[] args) => args is ["import" or "extract" or "--help" or "-h", ..];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        await using var logger = Logging.Create(configuration, allToStandardError: true);
        using var loggerFactory = new SerilogLoggerFactory(logger);
        var context = new VerbContext(configuration, loggerFactory, output, error);

        var root = new RootCommand("BalkanMeetings: import news articles about NATO's meetings with the Western Balkans.")
        {
            ImportVerb.Create(context),
            ExtractVerb.Create(context),
        };
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>The reference folder: as given, or the nearest <c>seeds/reference</c> above the current folder or the app.</summary>
    internal static string? ReferenceFolder(IConfiguration configuration, string? given)
    {
        if (given is not null)
        {
            return given;
        }

        var seeds = AppPaths.SeedsFolder(configuration);
        return seeds is null ? null : AppPaths.ReferenceFolder(seeds);
    }

    internal sealed record VerbContext(IConfiguration Configuration, ILoggerFactory LoggerFactory, TextWriter Output, TextWriter Error);
}
