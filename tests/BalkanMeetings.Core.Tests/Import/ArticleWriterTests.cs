using System.Globalization;
using BalkanMeetings.Core.Import;
using BalkanMeetings.Core.Import.Checks;
using BalkanMeetings.Core.Import.Extraction;
using BalkanMeetings.Core.Tests.Editing;
using BalkanMeetings.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BalkanMeetings.Core.Tests.Import;

public sealed class ArticleWriterTests : IDisposable
{
    private readonly ImportHarness _harness = new();

    [Fact]
    public async Task The_flags_stored_for_an_article_are_the_ones_the_checks_raised_before_storing_it()
    {
        foreach (var seed in Directory.GetFiles(TestPaths.SeedsFolder, "*.txt"))
        {
            File.Copy(seed, Path.Combine(_harness.Folder, Path.GetFileName(seed)));
        }

        await _harness.ImportAsync();

        await using var db = _harness.Database.CreateContext();
        var extractor = new ArticleExtractor(await new ImportRunner(db, NullLoggerFactory.Instance, TimeProvider.System).PrepareAsync(TestPaths.ReferenceFolder, CancellationToken.None));
        foreach (var path in Directory.GetFiles(_harness.Folder, "*.txt"))
        {
            var extracted = await ArticleImporter.ExtractFileAsync(path, extractor, CancellationToken.None);
            var raised = ArticleChecks.Raise(extracted, [], [], []).Select(f => $"{f.Kind} {f.Field} {f.Message}").Order(StringComparer.Ordinal);
            var stored = (await db.ReviewFlags.Where(f => f.ArticleId == db.Articles.Single(a => a.FileName == extracted.FileName).Id).ToListAsync())
                .Select(f => $"{f.Kind} {f.Field} {f.Message}").Order(StringComparer.Ordinal);
            Assert.Equal(raised, stored);
        }
    }

    [Fact]
    public async Task A_new_article_costs_a_bounded_number_of_prepared_statements_and_no_query()
    {
        var one = await ImportLoggedAsync(1);
        var eleven = await ImportLoggedAsync(11);

        // Ten articles more: every row by the import's prepared statements, none through EF's per-command path.
        var statements = eleven.Statements.Skip(one.Statements.Count).ToList();
        Assert.InRange(statements.Count, 10 * 10, 10 * 25);
        Assert.Equal(one.EfCommands, eleven.EfCommands);

        // A batch's transaction, when it pauses to let an editor's save in, learns the corrections saved meanwhile, and
        // each commit asks whether it wrote anything, to move the data version on.
        Assert.DoesNotContain(statements, s => s.StartsWith("SELECT", StringComparison.Ordinal)
            && !s.Contains("FROM \"Corrections\"", StringComparison.Ordinal) && !s.Contains("total_changes()", StringComparison.Ordinal));
    }

    // The statements SQLite ran and the commands EF sent in one import of that many new articles, each a meeting on
    // its own day.
    private static async Task<(List<string> Statements, int EfCommands)> ImportLoggedAsync(int articles)
    {
        using var harness = new ImportHarness();
        for (var day = 1; day <= articles; day++)
        {
            harness.Write(
                string.Create(CultureInfo.InvariantCulture, $"rama-{day:00}.txt"),
                string.Create(CultureInfo.InvariantCulture, $"NATO Secretary General Mark Rutte met Prime Minister Edi Rama in Tirana on {day} March 2025.\n")
                + "| Initiative | Objective | Timeline |\n|---|---|---|\n| Port Security Plan | Protect Durres | 2026 |\n");
        }

        await harness.Database.MigrateAsync();
        var statements = new StatementLog();
        var commands = new CommandLog();
        var options = new DbContextOptionsBuilder<BalkanMeetingsDbContext>();
        options.UseBalkanMeetingsSqlite(harness.Database.ConnectionString).AddInterceptors(statements, commands);
        await using var db = new BalkanMeetingsDbContext(options.Options);
        var runner = new ImportRunner(db, NullLoggerFactory.Instance, TimeProvider.System);
        var reference = await runner.PrepareAsync(TestPaths.ReferenceFolder, CancellationToken.None);
        var (before, beforeEf) = (statements.Statements.Count, commands.Commands.Count);
        var summary = await runner.ImportFolderAsync(harness.Folder, reference, progress: null, CancellationToken.None);
        Assert.Equal(articles, summary.Imported);

        // The corrections a paused batch reads again are no cost of the articles.
        var ef = commands.Commands.Skip(beforeEf).Count(c => !c.Contains("FROM \"Corrections\"", StringComparison.Ordinal));
        return (statements.Statements.Skip(before).ToList(), ef);
    }

    public void Dispose() => _harness.Dispose();
}
