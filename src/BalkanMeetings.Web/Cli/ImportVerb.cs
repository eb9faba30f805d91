using System.CommandLine;
using System.Globalization;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Import;
using BalkanMeetings.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Web.Cli;

/// <summary><c>import &lt;folder&gt; [--db &lt;file&gt;] [--reference &lt;folder&gt;]</c>: imports every article of a folder.</summary>
internal static class ImportVerb
{
    private const int LongRun = 200;

    public static Command Create(CommandLineVerbs.VerbContext context)
    {
        var folder = new Argument<string>("folder") { Description = "Folder of .txt/.md articles (with optional NAME.meta.json sidecars)." };
        var database = new Option<string?>("--db") { Description = $"SQLite database file (default: the app's, {AppPaths.DefaultDatabase} under the current folder)." };
        var reference = new Option<string?>("--reference") { Description = "Reference data folder (default: the nearest seeds/reference)." };
        var command = new Command("import", "Import articles into the database; exits with 1 when any file failed.") { folder, database, reference };
        command.SetAction((result, cancellationToken) => RunAsync(
            context,
            result.GetRequiredValue(folder),
            result.GetValue(database),
            result.GetValue(reference),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CommandLineVerbs.VerbContext context, string folder, string? databaseFile, string? referenceFolder, CancellationToken cancellationToken)
    {
        var (output, error) = (context.Output, context.Error);
        if (!Directory.Exists(folder))
        {
            await error.WriteLineAsync($"error: the folder '{folder}' does not exist.");
            return CommandLineVerbs.Fatal;
        }

        var reference = CommandLineVerbs.ReferenceFolder(context.Configuration, referenceFolder);
        if (reference is null || !Directory.Exists(reference))
        {
            await error.WriteLineAsync($"error: no reference data folder found{(reference is null ? string.Empty : $" at '{reference}'")}; pass --reference <folder>.");
            return CommandLineVerbs.Fatal;
        }

        var path = databaseFile is null ? AppPaths.Database(context.Configuration) : Path.GetFullPath(databaseFile);
        try
        {
            var options = new DbContextOptionsBuilder<BalkanMeetingsDbContext>();
            options.UseBalkanMeetingsSqlite(AppPaths.SqliteConnectionString(path));
            await using var db = new BalkanMeetingsDbContext(options.Options);
            var progress = new Progress<ImportProgress>(p =>
            {
                // Progress is for long runs; a handful of files finishes before anyone could read it.
                if (p.Total > LongRun)
                {
                    error.WriteLine($"  {p.Done}/{p.Total} articles");
                }
            });
            var runner = new ImportRunner(db, context.LoggerFactory, TimeProvider.System);
            var index = await runner.PrepareAsync(reference, cancellationToken);
            var summary = await runner.ImportFolderAsync(folder, index, progress, cancellationToken);
            await WriteSummaryAsync(output, summary, path);
            return summary.HasFailures ? CommandLineVerbs.Failed : 0;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: cannot use the database '{path}': {e.Message}");
            return CommandLineVerbs.Fatal;
        }
        catch (InvalidDataException e)
        {
            await error.WriteLineAsync($"error: the reference data is invalid: {e.Message}");
            return CommandLineVerbs.Fatal;
        }
    }

    private static async Task WriteSummaryAsync(TextWriter output, ImportSummary summary, string database)
    {
        var c = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(c, $"Database: {database}"));
        await output.WriteLineAsync(string.Create(c, $"Articles read: {summary.ArticlesRead}, imported: {summary.Imported}, updated: {summary.Updated}, unchanged: {summary.Unchanged}, failed: {summary.Failed.Count}"));
        await output.WriteLineAsync(string.Create(c, $"Meetings: {summary.MeetingsCreated} new, {summary.MeetingsMerged} merged with another source; people added: {summary.PeopleCreated}; review flags: {summary.FlagsRaised}"));
        foreach (var failure in summary.Failed)
        {
            await output.WriteLineAsync($"  failed: {failure.FileName}: {failure.Reason}");
        }
    }
}
