using System.CommandLine;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Web.Infrastructure;
using Serilog.Extensions.Logging;

namespace BalkanMeetings.Web.Cli;

/// <summary>
/// The app's command-line verbs (<c>import</c>, <c>extract</c>, <c>users</c>, <c>copy</c>), documented in README.md, docs/import.md
/// and docs/editing.md.
/// Results go to standard output; logs and progress to standard error.
/// </summary>
public static class CommandLineVerbs
{
    public const int Failed = 1;
    public const int Fatal = 2;

    public static bool Handles(string[] args) => args is ["import" or "extract" or "users" or "copy" or "--help" or "-h", ..];

    /// <param name="args">The command line.</param>
    /// <param name="input">Standard input (the <c>users</c> verb reads a password from it).</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="settings">Settings that override the environment's, as tests give them.</param>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        await using var logger = Logging.Create(configuration);
        using var loggerFactory = new SerilogLoggerFactory(logger);
        var context = new VerbContext(configuration, loggerFactory, input, output, error);

        var root = new RootCommand("BalkanMeetings: import news articles about NATO's meetings with the Western Balkans.")
        {
            ImportVerb.Create(context),
            ExtractVerb.Create(context),
            UsersVerb.Create(context),
            CopyVerb.Create(context),
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

    /// <summary>
    /// The database a verb uses: the configured one, or the SQLite file of <c>--db</c>. Null, with one line on standard
    /// error saying which setting or file is wrong, when there is none to use.
    /// </summary>
    internal static async Task<DatabaseSettings?> DatabaseAsync(VerbContext context, string? databaseFile)
    {
        try
        {
            return AppPaths.DatabaseSettings(context.Configuration, databaseFile);
        }
        catch (InvalidOperationException e)
        {
            await context.Error.WriteLineAsync($"error: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"error: cannot use the database file '{databaseFile ?? AppPaths.Database(context.Configuration)}': {e.Message}");
        }

        return null;
    }

    internal sealed record VerbContext(IConfiguration Configuration, ILoggerFactory LoggerFactory, TextReader Input, TextWriter Output, TextWriter Error);
}
