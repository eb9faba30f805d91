using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BalkanMeetings.Bench.Pages;

/// <summary>
/// One wrk run: throughput, wrk's latency percentiles in milliseconds, and the failed requests: answers other than
/// 2xx and 3xx, requests that got no answer within the timeout, and connection, read or write errors.
/// </summary>
internal sealed record WrkResult(
    double RequestsPerSecond, double P50, double P90, double P95, double P99, double Max, long Requests, long BadStatus, long Timeouts, long SocketErrors);

/// <summary>How wrk loads each page: threads, connections, seconds, and how long a request may take before it counts as timed out.</summary>
internal sealed record WrkLoad(int Threads, int Connections, int Seconds, int TimeoutSeconds);

/// <summary>Runs wrk (Debian package <c>wrk</c>) against a page; a Lua <c>done</c> hook prints what is parsed.</summary>
internal static partial class Wrk
{
    // wrk's own summary gives p50/75/90/99 only; the hook adds p95 and each kind of error in one parseable line.
    private const string Script = """
        done = function(summary, latency, requests)
          local e = summary.errors
          io.write(string.format("wrk-result requests=%d duration_us=%d status=%d timeout=%d socket=%d p50=%d p90=%d p95=%d p99=%d max=%d\n",
            summary.requests, summary.duration, e.status, e.timeout, e.connect + e.read + e.write,
            latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99), latency.max))
        end
        """;

    public static async Task<WrkResult> RunAsync(Uri page, WrkLoad load, string scriptFolder, CancellationToken cancellationToken)
    {
        var script = Path.Combine(scriptFolder, "wrk-report.lua");
        await File.WriteAllTextAsync(script, Script, cancellationToken);

        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "-t", load.Threads.ToString(CultureInfo.InvariantCulture),
            "-c", load.Connections.ToString(CultureInfo.InvariantCulture),
            "-d", string.Create(CultureInfo.InvariantCulture, $"{load.Seconds}s"),
            "--timeout", string.Create(CultureInfo.InvariantCulture, $"{load.TimeoutSeconds}s"),
            "-s", script,
            page.ToString(),
        })
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start wrk.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("wrk is not installed (apt-get install -y wrk), or pass --wrk-seconds 0 to skip it.", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            var text = await output;
            var match = ResultLine().Match(text);
            if (process.ExitCode != 0 || !match.Success)
            {
                throw new InvalidOperationException($"wrk failed ({process.ExitCode}):{Environment.NewLine}{text}{await errors}");
            }

            long Value(string name) => long.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
            static double Ms(long microseconds) => microseconds / 1000.0;
            return new WrkResult(
                Value("requests") / (Value("duration") / 1e6),
                Ms(Value("p50")), Ms(Value("p90")), Ms(Value("p95")), Ms(Value("p99")), Ms(Value("max")),
                Value("requests"), Value("status"), Value("timeout"), Value("socket"));
        }
    }

    [GeneratedRegex(@"wrk-result requests=(?<requests>\d+) duration_us=(?<duration>\d+) status=(?<status>\d+) timeout=(?<timeout>\d+) socket=(?<socket>\d+) p50=(?<p50>\d+) p90=(?<p90>\d+) p95=(?<p95>\d+) p99=(?<p99>\d+) max=(?<max>\d+)")]
    private static partial Regex ResultLine();
}
