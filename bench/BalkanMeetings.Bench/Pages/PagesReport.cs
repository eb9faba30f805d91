using System.Globalization;
using System.Text;

namespace BalkanMeetings.Bench.Pages;

/// <summary>A page's wrk run, with the stylesheet's rate in the same run: the mean of its runs before and after the pages.</summary>
internal sealed record LoadRun(WrkResult Result, double CeilingRequestsPerSecond)
{
    public double Share => Result.RequestsPerSecond / CeilingRequestsPerSecond;

    /// <summary>
    /// wrk's p95, or infinity when no answer came within the run, or more than 5% came after the timeout: wrk leaves
    /// those out of its latencies.
    /// </summary>
    public double P95 => Result.Requests == 0 || Result.Timeouts * 20 > Result.Requests ? double.PositiveInfinity : Result.P95;
}

/// <summary>Everything one <c>pages</c> command measured, written as the Markdown report.</summary>
internal sealed record PagesMeasurements(
    string Header,
    List<Scenario> Scenarios,
    Dictionary<string, List<SequentialResult>> Sequential,
    Dictionary<string, List<LoadRun>> Load,
    List<(WrkResult Before, WrkResult After)> Ceilings)
{
    public string Report()
    {
        var invariant = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(Header);
        text.AppendLine("Medians over the runs of each run's statistic; times in ms.");
        if (Load.Count > 0)
        {
            text.AppendLine();
            var ceilings = string.Join(", ", Ceilings.Select(c => string.Create(invariant, $"{c.Before.RequestsPerSecond:0} / {c.After.RequestsPerSecond:0}")));
            text.AppendLine(invariant, $"Stylesheet (the ceiling): {Distribution.MiddleOf(Ceilings.Select(c => (c.Before.RequestsPerSecond + c.After.RequestsPerSecond) / 2)):0} req/s; before / after the pages, per run: {ceilings}.");
            text.AppendLine();
            text.AppendLine("| page | URL | matches | req/s | share of the stylesheet's | wrk p95 | non-2xx/3xx | timeouts | socket errors | server median | server p95 |");
            text.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var scenario in Scenarios.Where(s => Load.ContainsKey(s.Name)))
            {
                var runs = Load[scenario.Name];
                var server = Distribution.MedianOf(Sequential[scenario.Name].Select(r => r.Server).ToList());
                double Median(Func<LoadRun, double> pick) => Distribution.MiddleOf(runs.Select(pick));
                text.AppendLine(invariant,
                    $"| {scenario.Name} | `{scenario.Url}` | {Matches(scenario)} | {Median(r => r.Result.RequestsPerSecond):0.0} | {Median(r => r.Share):0.0%} | {Latency(Median(r => r.P95))} | {runs.Sum(r => r.Result.BadStatus)} | {runs.Sum(r => r.Result.Timeouts)} | {runs.Sum(r => r.Result.SocketErrors)} | {server.Median:0.0} | {server.P95:0.0} |");
            }
        }

        text.AppendLine();
        text.AppendLine("Sequential requests, one connection; server time from the app's `Server-Timing`, client time to the last byte.");
        text.AppendLine();
        text.AppendLine("| page | requests | server median | server p95 | server p99 | server max | client median | client p95 | server p95 per run |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var scenario in Scenarios)
        {
            var runs = Sequential[scenario.Name];
            var server = Distribution.MedianOf(runs.Select(r => r.Server).ToList());
            var client = Distribution.MedianOf(runs.Select(r => r.Client).ToList());
            var perRun = string.Join(", ", runs.Select(r => r.Server.P95.ToString("0.0", invariant)));
            text.AppendLine(invariant,
                $"| {scenario.Name} | {string.Join(", ", runs.Select(r => r.Requests).Distinct())} | {server.Median:0.0} | {server.P95:0.0} | {server.P99:0.0} | {server.Max:0.0} | {client.Median:0.0} | {client.P95:0.0} | {perRun} |");
        }

        return text.ToString();
    }

    private static string Latency(double p95) =>
        double.IsPositiveInfinity(p95) ? "no answer in time" : p95.ToString("0", CultureInfo.InvariantCulture);

    private static string Matches(Scenario scenario) =>
        scenario.Matches is { } matches ? matches.ToString("N0", CultureInfo.InvariantCulture) : "";
}
