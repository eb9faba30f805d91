using System.CommandLine;
using System.Globalization;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Web.Infrastructure;

namespace BalkanMeetings.Web.Cli;

/// <summary>
/// <c>copy --from &lt;file&gt;</c>: copies a SQLite database, every table of it, into the configured database, which
/// must be empty; typically PostgreSQL, when a newsroom moves to several instances (docs/deployment.md).
/// </summary>
internal static class CopyVerb
{
    public static Command Create(CommandLineVerbs.VerbContext context)
    {
        var from = new Option<string>("--from") { Description = "The SQLite database file to copy.", Required = true };
        var command = new Command("copy", "Copy a SQLite database, accounts and histories included, into the configured (empty) database.") { from };
        command.SetAction((result, cancellationToken) => RunAsync(context, result.GetRequiredValue(from), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CommandLineVerbs.VerbContext context, string from, CancellationToken cancellationToken)
    {
        if (!File.Exists(from))
        {
            await context.Error.WriteLineAsync($"error: the SQLite database '{from}' does not exist.");
            return CommandLineVerbs.Fatal;
        }

        if (await CommandLineVerbs.DatabaseAsync(context, databaseFile: null) is not { } target)
        {
            return CommandLineVerbs.Fatal;
        }

        var source = new DatabaseSettings(DatabaseProvider.Sqlite, AppPaths.SqliteConnectionString(Path.GetFullPath(from)));
        if (target.Provider == DatabaseProvider.Sqlite && string.Equals(target.Describe(), source.Describe(), StringComparison.Ordinal))
        {
            await context.Error.WriteLineAsync("error: the database to copy is the configured database itself; set Database__Provider and ConnectionStrings__BalkanMeetings (or Database__Path) to the target.");
            return CommandLineVerbs.Fatal;
        }

        try
        {
            await using var sourceDb = source.CreateContext();
            await using var targetDb = target.CreateContext();
            var copied = await DatabaseCopy.CopyAsync(sourceDb, targetDb, cancellationToken);
            foreach (var table in copied)
            {
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{table.Table}\t{table.Rows}"));
            }

            await context.Output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture, $"Copied {copied.Count} tables, {copied.Sum(t => t.Rows)} rows, into {target.Describe()}; every count matches the source."));
            return 0;
        }
        catch (Exception e) when (StartupChecks.Reason(e, target.Describe()) is { } reason)
        {
            await context.Error.WriteLineAsync($"error: {reason}");
            return CommandLineVerbs.Fatal;
        }
        catch (InvalidOperationException e)
        {
            await context.Error.WriteLineAsync($"error: {e.Message}");
            return CommandLineVerbs.Fatal;
        }
    }
}
