using System.CommandLine;
using System.Globalization;
using BalkanMeetings.Core.Import;
using BalkanMeetings.Web.Infrastructure;

namespace BalkanMeetings.Web.Cli;

/// <summary><c>import &lt;folder&gt; [--db &lt;file&gt;] [--reference &lt;folder&gt;]</c>: imports every article of a folder.</summary>
internal static class ImportVerb
{
    private const int LongRun = 200;

    public static Command Create(CommandLineVerbs.VerbContext context)
    {
        var folder = new Argument<string>("folder") { Description = "Folder of .txt/.md articles (with optional NAME.meta.json sidecars)." };
        var database = new Option<string?>("--db") { Description = $"SQLite database file (default: the configured database, Database__Provider and Database__Path or ConnectionStrings__BalkanMeetings; else {AppPaths.DefaultDatabase} under the current folder)." };
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

        if (await CommandLineVerbs.DatabaseAsync(context, databaseFile) is not { } database)
        {
            return CommandLineVerbs.Fatal;
        }

        try
        {
            await using var db = database.CreateContext();
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
            await WriteSummaryAsync(output, summary, database.Describe());
            return summary.HasFailures ? CommandLineVerbs.Failed : 0;
        }
        catch (Exception e) when (StartupChecks.Reason(e, database.Describe()) is { } reason)
        {
            await error.WriteLineAsync($"error: {reason}");
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
