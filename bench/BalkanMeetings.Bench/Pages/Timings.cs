using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace BalkanMeetings.Bench.Pages;

/// <summary>Percentiles of a set of durations in milliseconds (nearest rank).</summary>
internal sealed record Distribution(double Median, double P95, double P99, double Max)
{
    public static Distribution Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("No values.", nameof(values));
        }

        double At(double percent) => sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Distribution(At(50), At(95), At(99), sorted[^1]);
    }

    /// <summary>The median of each statistic over several runs: what the report quotes.</summary>
    public static Distribution MedianOf(IReadOnlyCollection<Distribution> runs) => new(
        MiddleOf(runs.Select(r => r.Median)), MiddleOf(runs.Select(r => r.P95)), MiddleOf(runs.Select(r => r.P99)), MiddleOf(runs.Select(r => r.Max)));

    public static double MiddleOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}

/// <summary>One scenario's sequential run: server time (the <c>Server-Timing</c> header) and client time per request.</summary>
internal sealed record SequentialResult(Distribution Server, Distribution Client, long Bytes, int Requests);

/// <summary>Requests one page after another over one kept-alive connection, as a single reader clicking would.</summary>
internal sealed class SequentialSampler(Uri address) : IDisposable
{
    public const int MinimumRequests = 30;

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(2);

    private readonly HttpClient _client = new(new SocketsHttpHandler { MaxConnectionsPerServer = 1, UseCookies = false })
    {
        BaseAddress = address,
        Timeout = RequestTimeout,
    };

    public async Task WarmUpAsync(string url, int requests, CancellationToken cancellationToken)
    {
        for (var i = 0; i < requests; i++)
        {
            await GetAsync(url, cancellationToken);
        }
    }

    /// <summary>
    /// <paramref name="requests"/> requests, or fewer once <paramref name="budget"/> has passed and there are
    /// <see cref="MinimumRequests"/>: a page that takes seconds would otherwise hold the run up for many minutes.
    /// </summary>
    public async Task<SequentialResult> MeasureAsync(string url, int requests, TimeSpan budget, CancellationToken cancellationToken)
    {
        var server = new List<double>(requests);
        var client = new List<double>(requests);
        long bytes = 0;
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < requests && (i < MinimumRequests || Stopwatch.GetElapsedTime(started) < budget); i++)
        {
            var (serverMs, clientMs, length) = await GetAsync(url, cancellationToken);
            server.Add(serverMs);
            client.Add(clientMs);
            bytes = length;
        }

        return new SequentialResult(Distribution.Of(server), Distribution.Of(client), bytes, server.Count);
    }

    public void Dispose() => _client.Dispose();

    /// <summary>Client time runs from sending the request to reading the last byte of the page.</summary>
    private async Task<(double ServerMs, double ClientMs, long Bytes)> GetAsync(string url, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await _client.GetAsync(new Uri(url, UriKind.Relative), HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{url} took longer than {RequestTimeout.TotalMinutes} minutes; leave it out with --only.", e);
        }

        using var _ = response;
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var clientMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}.");
        }

        return (ServerMilliseconds(response, url), clientMs, body.Length);
    }

    /// <summary>Reads <c>app;dur=12.34</c> from the <c>Server-Timing</c> header.</summary>
    private static double ServerMilliseconds(HttpResponseMessage response, string url)
    {
        if (response.Headers.TryGetValues("Server-Timing", out var values))
        {
            foreach (var metric in values.SelectMany(v => v.Split(',')))
            {
                var parts = metric.Split(';', StringSplitOptions.TrimEntries);
                if (parts[0] == "app" && parts.Skip(1).FirstOrDefault(p => p.StartsWith("dur=", StringComparison.Ordinal)) is { } duration
                    && double.TryParse(duration.AsSpan(4), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms))
                {
                    return ms;
                }
            }
        }

        throw new InvalidOperationException($"{url} sent no Server-Timing header with app;dur=…; is the app too old?");
    }
}
