using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import;
using BalkanMeetings.Web.Tests.Features.Accounts;
using BalkanMeetings.Web.Tests.Features.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BalkanMeetings.Web.Tests.Features.About;

/// <summary>The about page's figures: what the database holds, the open flags as the review queue counts them, kept per data version.</summary>
public abstract class AboutFiguresTests(DatabaseProvider provider)
{
    [SkippableFact]
    public async Task The_figures_count_the_seeded_meetings_articles_dates_and_the_open_flags_the_review_queue_lists()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var editor = await EditorSession.SignInAsync(app);
        var newestImport = await app.QueryAsync(db => db.Articles.MaxAsync(a => a.ImportedAtUtc));

        var figures = Figures(await app.GetPageAsync("/about"));
        var queue = await editor.GetPageAsync("/review");

        Assert.Equal("6 meetings, 3 of them without a known date", figures["Meetings"].Words());
        Assert.Equal("5 articles", figures["Source articles"].Words());
        Assert.Equal("May 2021 to 18 Dec 2024, planned meetings included", figures["Dates covered"].Words());
        Assert.StartsWith("10:", figures["Open review flags"].Words(), StringComparison.Ordinal);
        Assert.StartsWith("10 open flags", queue.QuerySelector("#queue-count")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/?flags=open", figures["Open review flags"].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(Machine(newestImport), figures["Last import"].QuerySelector("time")!.GetAttribute("datetime"));
    }

    [SkippableFact]
    public async Task After_an_import_and_a_resolved_flag_the_figures_are_those_of_the_data_then()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var editor = await EditorSession.SignInAsync(app);
        var before = Figures(await app.GetPageAsync("/about"));
        using var seeds = new ArticleSeeds(new Dictionary<string, string>
        {
            ["300_rutte_vucic.txt"] = "NATO Secretary General Mark Rutte met Serbian President Aleksandar Vučić in Brussels on 3 March 2025.\n"
                + "They discussed regional security and the KFOR mission.\n",
        });

        await ImportAsync(app, seeds.Folder);
        var importedAt = await app.QueryAsync(db => db.Articles.Where(a => a.FileName == "300_rutte_vucic.txt").Select(a => a.ImportedAtUtc).SingleAsync());
        var imported = Figures(await app.GetPageAsync("/about"));
        var flag = await app.QueryAsync(db => db.ReviewFlags.Where(f => f.Status == FlagStatus.Open).MinAsync(f => f.Id));
        using (var resolved = await editor.PostFormAsync($"/review/{flag}", "resolve-flag", new() { ["Input.Outcome"] = ["Dismissed"], ["Input.ResolutionNote"] = ["Checked"] }))
        {
            Assert.Equal(System.Net.HttpStatusCode.Redirect, resolved.StatusCode);
        }

        var afterResolving = Figures(await app.GetPageAsync("/about"));
        var queue = await editor.GetPageAsync("/review");

        Assert.Equal("7 meetings, 3 of them without a known date", imported["Meetings"].Words());
        Assert.Equal("6 articles", imported["Source articles"].Words());
        Assert.Equal("May 2021 to 3 Mar 2025, planned meetings included", imported["Dates covered"].Words());
        Assert.Equal("6 meetings, 3 of them without a known date", before["Meetings"].Words());
        Assert.Equal(Machine(importedAt), imported["Last import"].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal(OpenFlags(imported) - 1, OpenFlags(afterResolving));
        Assert.StartsWith($"{OpenFlags(afterResolving)} open flag", queue.QuerySelector("#queue-count")!.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_article_imported_again_because_it_changed_is_the_last_import_though_a_newer_one_exists()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var seeds = new ArticleSeeds(new Dictionary<string, string>
        {
            ["300_rutte_vucic.txt"] = "NATO Secretary General Mark Rutte met Serbian President Aleksandar Vučić in Brussels on 3 March 2025.\n",
            ["301_rutte_rama.txt"] = "NATO Secretary General Mark Rutte met Albanian Prime Minister Edi Rama in Tirana on 5 March 2025.\n",
        });
        await ImportAsync(app, seeds.Folder, imported: 2);
        await File.AppendAllTextAsync(Path.Combine(seeds.Folder, "300_rutte_vucic.txt"), "They discussed the KFOR mission.\n");

        await ImportAsync(app, seeds.Folder, imported: 0);

        var changedAt = await app.QueryAsync(db => db.Articles.Where(a => a.FileName == "300_rutte_vucic.txt").Select(a => a.ImportedAtUtc).SingleAsync());
        var figures = Figures(await app.GetPageAsync("/about"));
        Assert.Equal(Machine(changedAt), figures["Last import"].QuerySelector("time")!.GetAttribute("datetime"));
    }

    /// <summary>Imports a folder into the running app's database, as the <c>import</c> verb would.</summary>
    private static async Task ImportAsync(AppFactory app, string folder, int imported = 1)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var runner = new ImportRunner(services.GetRequiredService<BalkanMeetingsDbContext>(), services.GetRequiredService<ILoggerFactory>(), TimeProvider.System);
        var reference = await runner.PrepareAsync(TestPaths.ReferenceFolder, CancellationToken.None);
        var summary = await runner.ImportFolderAsync(folder, reference, progress: null, CancellationToken.None);
        Assert.Equal(imported, summary.Imported);
    }

    /// <summary>The figures list: each description by its term.</summary>
    private static Dictionary<string, IElement> Figures(IDocument page) =>
        page.QuerySelectorAll("dl.figures dt").ToDictionary(dt => dt.TextContent.Trim(), dt => dt.NextElementSibling!);

    private static string Machine(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static int OpenFlags(Dictionary<string, IElement> figures) =>
        int.Parse(figures["Open review flags"].Words().Split(':')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
}

internal static partial class ElementWords
{
    /// <summary>The element's text as a reader sees it: runs of white space one space, none at the ends.</summary>
    public static string Words(this IElement element) => Space().Replace(element.TextContent, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}

public sealed class SqliteAboutFiguresTests() : AboutFiguresTests(DatabaseProvider.Sqlite);

[Trait("Category", "PostgreSQL")]
public sealed class PostgresAboutFiguresTests() : AboutFiguresTests(DatabaseProvider.PostgreSQL);
