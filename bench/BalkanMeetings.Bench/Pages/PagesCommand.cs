using System.Globalization;
using System.Text;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Bench.Pages;

/// <summary>
/// <c>pages</c>: serves a database of many meetings with the real web app and times its pages: server and client
/// time of sequential requests, then throughput under wrk. See docs/benchmarks.md, "Page benchmark".
/// </summary>
internal static class PagesCommand
{
    public const string Name = "pages";

    private const string DefaultDatabase = "bench/out/pages/meetings.db";
    private const string WebProject = "src/BalkanMeetings.Web/BalkanMeetings.Web.csproj";

    /// <summary>Stands for the person of the country+person scenario, chosen from the data.</summary>
    private const string PersonPlaceholder = "{person}";

    private const string SearchWord = "cybersecurity";

    /// <summary>The pages timed; those marked <c>Load</c> also run under wrk.</summary>
    private static readonly Scenario[] Scenarios =
    [
        new("list: country + years", "/?country=RS&from=2020&to=2022", Load: true),
        new("list: country + person", $"/?country=RS&person={PersonPlaceholder}", Load: false),
        new("search", $"/search?q={SearchWord}", Load: true),
        new("list: words + country", $"/?q={SearchWord}&country=RS", Load: true),
        new("list: unfiltered", "/", Load: false),
    ];

    public static async Task<int> RunAsync(CommandArguments options, CancellationToken cancellationToken)
    {
        var settings = new Settings(
            Database: Path.GetFullPath(options.String("database") ?? DefaultDatabase),
            Meetings: options.Int("meetings") ?? 100_000,
            Articles: options.Int("articles") ?? 10_000,
            Seed: options.Int("seed") ?? 42,
            Reference: options.String("reference") ?? CommandArguments.DefaultReferenceFolder,
            App: options.String("app"),
            Runs: options.Int("runs") ?? 3,
            Requests: options.Int("requests") ?? 300,
            Budget: TimeSpan.FromSeconds(options.Int("budget") ?? 60),
            WarmUp: options.Int("warmup") ?? 30,
            WrkSeconds: options.Int("wrk-seconds") ?? 20,
            WrkThreads: options.Int("wrk-threads") ?? 2,
            WrkConnections: options.Int("wrk-connections") ?? 8);
        var only = options.String("only");
        options.EnsureAllRead();
        if (settings.Meetings < 1 || settings.Articles < 1 || settings.Runs < 1 || settings.Requests < 1 || settings.Budget <= TimeSpan.Zero || settings.WarmUp < 0
            || settings.WrkSeconds < 0 || settings.WrkThreads < 1 || settings.WrkConnections < settings.WrkThreads)
        {
            throw new CommandLineException("--meetings, --articles, --runs, --requests and --budget must be at least 1, --warmup and --wrk-seconds not negative, --wrk-connections at least --wrk-threads.");
        }

        var picked = only?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var scenarios = Scenarios.Where(s => picked is null || picked.Any(p => s.Name.Contains(p, StringComparison.OrdinalIgnoreCase))).ToList();
        if (scenarios.Count == 0)
        {
            throw new CommandLineException($"No scenario's name contains any of '{only}'.");
        }

        var dataset = await PageDatabase.EnsureAsync(settings.Database, settings.Meetings, settings.Articles, settings.Seed, settings.Reference, cancellationToken);
        var output = Path.GetDirectoryName(settings.Database)!;
        var assembly = settings.App ?? await WebApp.BuildAsync(WebProject, cancellationToken);

        // Concrete URLs and what each matches, counted by the same code the pages use.
        var (person, personName) = await BusiestPersonAsync(settings.Database, "RS", cancellationToken);
        scenarios = scenarios.Select(s => s with { Url = s.Url.Replace(PersonPlaceholder, person.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) }).ToList();
        var matches = await MatchCountsAsync(settings.Database, scenarios, cancellationToken);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Dataset: {dataset.Meetings:N0} meetings ({dataset.ImportedMeetings:N0} imported), {dataset.Articles:N0} articles ({dataset.ImportedArticles:N0} imported), {dataset.People:N0} people ({dataset.PeopleInMeetings:N0} in meetings), {dataset.Participations:N0} participations."));
        Console.WriteLine($"Person in the country+person scenario: {personName} ({person}).");
        foreach (var scenario in scenarios)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {scenario.Name,-24} {scenario.Url,-44} {matches[scenario]:N0} matches"));
        }

        var sequential = scenarios.ToDictionary(s => s, _ => new List<SequentialResult>());
        var load = scenarios.Where(s => s.Load && settings.WrkSeconds > 0).ToDictionary(s => s, _ => new List<WrkResult>());
        var log = Path.Combine(output, "web-app.log");
        for (var run = 1; run <= settings.Runs; run++)
        {
            // A fresh process per run, so each run starts from the same state (JIT, caches) and runs differ only by noise.
            await using var app = await WebApp.StartAsync(assembly, settings.Database, log, cancellationToken);
            using (var sampler = new SequentialSampler(app.Address))
            {
                foreach (var scenario in scenarios)
                {
                    await sampler.WarmUpAsync(scenario.Url, settings.WarmUp, cancellationToken);
                }

                foreach (var scenario in scenarios)
                {
                    var result = await sampler.MeasureAsync(scenario.Url, settings.Requests, settings.Budget, cancellationToken);
                    sequential[scenario].Add(result);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"run {run} {scenario.Name,-24} server median {result.Server.Median,7:0.0} p95 {result.Server.P95,7:0.0} p99 {result.Server.P99,7:0.0} max {result.Server.Max,7:0.0} ms | client median {result.Client.Median,7:0.0} p95 {result.Client.P95,7:0.0} ms | {result.Requests} requests, {result.Bytes / 1024.0:0} KiB"));
                }
            }

            foreach (var (scenario, results) in load)
            {
                var result = await Wrk.RunAsync(new Uri(app.Address, scenario.Url), settings.WrkThreads, settings.WrkConnections, settings.WrkSeconds, output, cancellationToken);
                results.Add(result);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"run {run} {scenario.Name,-24} wrk {result.RequestsPerSecond,7:0.0} req/s, latency p50 {result.P50:0} p90 {result.P90:0} p95 {result.P95:0} p99 {result.P99:0} max {result.Max:0} ms, {result.Requests} requests, {result.Errors} errors"));
            }
        }

        var report = Report(settings, dataset, personName, scenarios, matches, sequential, load);
        Console.WriteLine();
        Console.WriteLine(report);
        var reportFile = Path.Combine(output, string.Create(CultureInfo.InvariantCulture, $"report-{DateTime.UtcNow:yyyyMMdd-HHmmss}.md"));
        await File.WriteAllTextAsync(reportFile, report, cancellationToken);
        Console.WriteLine($"Report written to {reportFile}; the app's log is {log}.");
        return ExitCodes.Success;
    }

    private static string Report(
        Settings settings,
        DatasetSize dataset,
        string personName,
        List<Scenario> scenarios,
        Dictionary<Scenario, int> matches,
        Dictionary<Scenario, List<SequentialResult>> sequential,
        Dictionary<Scenario, List<WrkResult>> load)
    {
        var invariant = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(invariant, $"{dataset.Meetings:N0} meetings, {dataset.Articles:N0} articles, {dataset.People:N0} people; {Environment.ProcessorCount} cores; {settings.Runs} run(s) of {settings.Requests} sequential requests per page (fewer, at least {SequentialSampler.MinimumRequests}, past {settings.Budget.TotalSeconds:0} s); person = {personName}.");
        text.AppendLine("Medians over the runs of each run's statistic; times in ms.");
        text.AppendLine();
        text.AppendLine("| page | URL | matches | requests | server median | server p95 | server p99 | server max | client median | client p95 | server p95 per run |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var scenario in scenarios)
        {
            var runs = sequential[scenario];
            var server = Distribution.MedianOf(runs.Select(r => r.Server).ToList());
            var client = Distribution.MedianOf(runs.Select(r => r.Client).ToList());
            var perRun = string.Join(", ", runs.Select(r => r.Server.P95.ToString("0.0", invariant)));
            text.AppendLine(invariant,
                $"| {scenario.Name} | `{scenario.Url}` | {matches[scenario]:N0} | {string.Join(", ", runs.Select(r => r.Requests).Distinct())} | {server.Median:0.0} | {server.P95:0.0} | {server.P99:0.0} | {server.Max:0.0} | {client.Median:0.0} | {client.P95:0.0} | {perRun} |");
        }

        if (load.Count > 0)
        {
            text.AppendLine();
            text.AppendLine(invariant, $"wrk: {settings.WrkThreads} threads, {settings.WrkConnections} connections, {settings.WrkSeconds} s per run.");
            text.AppendLine();
            text.AppendLine("| page | req/s (median) | req/s per run | latency p50 | p90 | p95 | p99 | errors |");
            text.AppendLine("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |");
            foreach (var (scenario, runs) in load)
            {
                double Median(Func<WrkResult, double> pick) => Distribution.MiddleOf(runs.Select(pick));
                text.AppendLine(invariant,
                    $"| {scenario.Name} | {Median(r => r.RequestsPerSecond):0.0} | {string.Join(", ", runs.Select(r => r.RequestsPerSecond.ToString("0.0", invariant)))} | {Median(r => r.P50):0} | {Median(r => r.P90):0} | {Median(r => r.P95):0} | {Median(r => r.P99):0} | {runs.Sum(r => r.Errors)} |");
            }
        }

        return text.ToString();
    }

    /// <summary>The identified non-NATO participant in the most meetings of a country.</summary>
    private static async Task<(int Id, string Name)> BusiestPersonAsync(string database, string country, CancellationToken cancellationToken)
    {
        await using var db = Open(database);
        var busiest = await db.Participations
            .Where(p => p.PersonId != null && p.Organization != "NATO" && p.Meeting!.Countries.Any(c => c.CountryCode == country))
            .GroupBy(p => new { Id = p.PersonId!.Value, p.Person!.Name })
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstAsync(cancellationToken);
        return (busiest.Id, busiest.Name);
    }

    private static async Task<Dictionary<Scenario, int>> MatchCountsAsync(string database, List<Scenario> scenarios, CancellationToken cancellationToken)
    {
        await using var db = Open(database);
        var browser = new MeetingBrowser(db, new SqliteSearchIndex(db));
        var countries = await browser.CountryCodesAsync(cancellationToken);
        var counts = new Dictionary<Scenario, int>();
        foreach (var scenario in scenarios)
        {
            var uri = new Uri(new Uri("http://localhost"), scenario.Url);
            var pairs = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split('=', 2))
                .Select(p => new KeyValuePair<string, string?>(Uri.UnescapeDataString(p[0]), p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : ""))
                .ToList();
            var parsed = MeetingFilterQuery.Parse(pairs, countries);
            counts[scenario] = uri.AbsolutePath == "/search"
                ? (await browser.SearchAsync(parsed, cancellationToken)).Total
                : (await browser.ListAsync(parsed, withFacets: false, cancellationToken)).Total;
        }

        SqliteConnection.ClearAllPools();
        return counts;
    }

    private static BalkanMeetingsDbContext Open(string database)
    {
        var options = new DbContextOptionsBuilder<BalkanMeetingsDbContext>();
        options.UseBalkanMeetingsSqlite(new SqliteConnectionStringBuilder { DataSource = database }.ToString());
        return new BalkanMeetingsDbContext(options.Options);
    }

    private sealed record Scenario(string Name, string Url, bool Load);

    private sealed record Settings(
        string Database, int Meetings, int Articles, int Seed, string Reference, string? App,
        int Runs, int Requests, TimeSpan Budget, int WarmUp, int WrkSeconds, int WrkThreads, int WrkConnections);
}
