using System.Globalization;

namespace BalkanMeetings.Bench.Pages;

/// <summary>
/// <c>pages</c>: serves a database of many meetings with the real web app and times its pages: server and client
/// time of sequential requests, then throughput under wrk, each page's rate set against the stylesheet's in the same
/// run. See docs/benchmarks.md, "Page benchmark".
/// </summary>
internal static class PagesCommand
{
    public const string Name = "pages";

    private const string DefaultDatabase = "bench/out/pages/meetings.db";
    private const string WebProject = "src/BalkanMeetings.Web/BalkanMeetings.Web.csproj";

    // How long wrk loads each address, unmeasured, before the measured runs.
    private const int WarmUpSeconds = 2;

    public static async Task<int> RunAsync(CommandArguments options, CancellationToken cancellationToken)
    {
        var settings = new Settings(
            Database: Path.GetFullPath(options.String("database") ?? DefaultDatabase),
            Meetings: options.Int("meetings") ?? 100_000,
            Articles: options.Int("articles") ?? 10_000,
            Seed: options.Int("seed") ?? 42,
            Reference: options.String("reference") ?? CommandArguments.DefaultReferenceFolder,
            Postgres: options.String("postgres"),
            App: options.String("app"),
            Runs: options.Int("runs") ?? 3,
            Requests: options.Int("requests") ?? 300,
            Budget: TimeSpan.FromSeconds(options.Int("budget") ?? 60),
            WarmUp: options.Int("warmup") ?? 30,
            Wrk: new WrkLoad(
                Threads: options.Int("wrk-threads") ?? 2,
                Connections: options.Int("wrk-connections") ?? 8,
                Seconds: options.Int("wrk-seconds") ?? 10,
                TimeoutSeconds: options.Int("wrk-timeout") ?? 2));
        var only = options.String("only");
        options.EnsureAllRead();
        if (settings.Meetings < 1 || settings.Articles < 1 || settings.Runs < 1 || settings.Requests < 1 || settings.Budget <= TimeSpan.Zero || settings.WarmUp < 0
            || settings.Wrk.Seconds < 0 || settings.Wrk.Threads < 1 || settings.Wrk.Connections < settings.Wrk.Threads || settings.Wrk.TimeoutSeconds < 1)
        {
            throw new CommandLineException("--meetings, --articles, --runs, --requests, --budget and --wrk-timeout must be at least 1, --warmup and --wrk-seconds not negative, --wrk-connections at least --wrk-threads.");
        }

        var dataset = await PageDatabase.EnsureAsync(settings.Database, settings.Meetings, settings.Articles, settings.Seed, settings.Reference, cancellationToken);
        if (settings.Postgres is not null)
        {
            await PostgresPageDatabase.EnsureAsync(settings.Database, settings.Postgres, dataset, cancellationToken);
        }

        var output = Path.GetDirectoryName(settings.Database)!;
        var assembly = settings.App ?? await WebApp.BuildAsync(WebProject, cancellationToken);
        var (pages, personName) = await PageScenarios.ResolveAsync(settings.Database, only, cancellationToken);

        var header = string.Create(CultureInfo.InvariantCulture,
            $"{(settings.Postgres is null ? "SQLite" : "PostgreSQL")}: {dataset.Meetings:N0} meetings ({dataset.ImportedMeetings:N0} imported), {dataset.Articles:N0} articles, {dataset.People:N0} people ({dataset.PeopleInMeetings:N0} in meetings), {dataset.Participations:N0} participations; {Environment.ProcessorCount} cores; person page = {personName}. {settings.Runs} run(s), each with a fresh app: {settings.Requests} sequential requests per page (fewer, at least {SequentialSampler.MinimumRequests}, past {settings.Budget.TotalSeconds:0} s), then wrk -t{settings.Wrk.Threads} -c{settings.Wrk.Connections} -d{settings.Wrk.Seconds}s --timeout {settings.Wrk.TimeoutSeconds}s per page.");
        Console.WriteLine(header);
        foreach (var page in pages)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {page.Name,-26} {page.Url,-48} {page.Matches:N0}"));
        }

        var measured = new PagesMeasurements(header, [], [], [], []);
        var log = Path.Combine(output, "web-app.log");
        for (var run = 1; run <= settings.Runs; run++)
        {
            // A fresh process per run, so each run starts from the same state (JIT, caches) and runs differ only by noise.
            await using var app = await WebApp.StartAsync(assembly, settings.Database, settings.Postgres, log, cancellationToken);
            var stylesheet = await PageScenarios.StylesheetAsync(app.Address, cancellationToken);
            List<Scenario> timed = [stylesheet, .. pages];
            if (run == 1)
            {
                measured.Scenarios.AddRange(timed);
            }

            await MeasureSequentialAsync(app.Address, timed, settings, run, measured, cancellationToken);
            if (settings.Wrk.Seconds > 0)
            {
                await MeasureLoadAsync(app.Address, stylesheet, pages, settings.Wrk, output, run, measured, cancellationToken);
            }
        }

        var report = measured.Report();
        Console.WriteLine();
        Console.WriteLine(report);
        var reportFile = Path.Combine(output, string.Create(CultureInfo.InvariantCulture, $"report-{DateTime.UtcNow:yyyyMMdd-HHmmss}.md"));
        await File.WriteAllTextAsync(reportFile, report, cancellationToken);
        Console.WriteLine($"Report written to {reportFile}; the app's log is {log}.");
        return ExitCodes.Success;
    }

    private static async Task MeasureSequentialAsync(
        Uri app, List<Scenario> timed, Settings settings, int run, PagesMeasurements measured, CancellationToken cancellationToken)
    {
        using var sampler = new SequentialSampler(app);
        foreach (var scenario in timed)
        {
            await sampler.WarmUpAsync(scenario.Url, settings.WarmUp, cancellationToken);
        }

        foreach (var scenario in timed)
        {
            var result = await sampler.MeasureAsync(scenario.Url, settings.Requests, settings.Budget, cancellationToken);
            (measured.Sequential.TryGetValue(scenario.Name, out var results) ? results : measured.Sequential[scenario.Name] = []).Add(result);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run} {scenario.Name,-26} server median {result.Server.Median,7:0.0} p95 {result.Server.P95,7:0.0} p99 {result.Server.P99,7:0.0} max {result.Server.Max,7:0.0} ms | client median {result.Client.Median,7:0.0} p95 {result.Client.P95,7:0.0} ms | {result.Requests} requests, {result.Bytes / 1024.0:0} KiB"));
        }
    }

    // The stylesheet is loaded before and after the pages, and its mean rate is the run's ceiling, so a change in the
    // machine's load during the run moves the ceiling with it. Every address is loaded briefly first, unmeasured: code
    // that runs only under concurrent load is still being compiled after the sequential requests, and the first
    // stylesheet run used to be measured at half the rate of the last.
    private static async Task MeasureLoadAsync(
        Uri app, Scenario stylesheet, List<Scenario> pages, WrkLoad load, string output, int run, PagesMeasurements measured, CancellationToken cancellationToken)
    {
        async Task<WrkResult> RunAsync(Scenario scenario)
        {
            var result = await Wrk.RunAsync(new Uri(app, scenario.Url), load, output, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run} {scenario.Name,-26} wrk {result.RequestsPerSecond,8:0.0} req/s, latency p50 {result.P50:0} p95 {result.P95:0} p99 {result.P99:0} max {result.Max:0} ms, {result.Requests} requests, {result.BadStatus} non-2xx/3xx, {result.Timeouts} timeouts, {result.SocketErrors} socket errors"));
            return result;
        }

        foreach (var scenario in (List<Scenario>)[stylesheet, .. pages])
        {
            await Wrk.RunAsync(new Uri(app, scenario.Url), load with { Seconds = WarmUpSeconds }, output, cancellationToken);
        }

        var before = await RunAsync(stylesheet);
        var results = new List<(Scenario Page, WrkResult Result)>();
        foreach (var page in pages)
        {
            results.Add((page, await RunAsync(page)));
        }

        var after = await RunAsync(stylesheet);
        var ceiling = (before.RequestsPerSecond + after.RequestsPerSecond) / 2;
        measured.Ceilings.Add((before, after));
        foreach (var (page, result) in results)
        {
            (measured.Load.TryGetValue(page.Name, out var runs) ? runs : measured.Load[page.Name] = []).Add(new LoadRun(result, ceiling));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"run {run} ceiling {ceiling:0.0} req/s; shares: {string.Join(", ", results.Select(r => $"{r.Page.Name} {r.Result.RequestsPerSecond / ceiling:0.0%}"))}"));
    }

    private sealed record Settings(
        string Database, int Meetings, int Articles, int Seed, string Reference, string? Postgres, string? App, int Runs, int Requests, TimeSpan Budget, int WarmUp, WrkLoad Wrk);
}
