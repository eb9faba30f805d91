using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BalkanMeetings.Bench.Pages;

/// <summary>The real web app, built in Release, run as a child process on a free loopback port.</summary>
internal sealed class WebApp : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    private readonly Process _process;
    private readonly StreamWriter _log;

    private WebApp(Process process, StreamWriter log, Uri address)
    {
        _process = process;
        _log = log;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Builds the web project in Release and returns its main assembly.</summary>
    public static async Task<string> BuildAsync(string project, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "build", project, "-c", "Release", "--nologo", "-v", "q" })
        {
            start.ArgumentList.Add(argument);
        }

        using var build = Process.Start(start) ?? throw new InvalidOperationException("Cannot start dotnet build.");
        var output = build.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = build.StandardError.ReadToEndAsync(cancellationToken);
        await build.WaitForExitAsync(cancellationToken);
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet build {project} failed:{Environment.NewLine}{await output}{await errors}");
        }

        var assembly = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(project))!, "bin", "Release", "net10.0", Path.GetFileNameWithoutExtension(project) + ".dll");
        return File.Exists(assembly) ? assembly : throw new FileNotFoundException("The build left no assembly where expected.", assembly);
    }

    /// <summary>
    /// Starts the app on the SQLite file <paramref name="database"/>, or on the PostgreSQL database of
    /// <paramref name="postgres"/> when given, and waits until <c>/health</c> answers.
    /// </summary>
    public static async Task<WebApp> StartAsync(string assembly, string database, string? postgres, string logFile, CancellationToken cancellationToken)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
        };
        // Server-Timing is off outside Development unless asked for; one log line per request would cost time measured.
        foreach (var argument in new[]
        {
            assembly, "--urls", address.ToString(), $"--Database:Path={Path.GetFullPath(database)}", "--Diagnostics:ServerTiming=true",
            "--Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware=Warning",
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        if (postgres is not null)
        {
            // In the environment, not the command line, where the machine's other users could read a password.
            start.Environment["Database__Provider"] = "PostgreSQL";
            start.Environment["ConnectionStrings__BalkanMeetings"] = postgres;
        }

        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start the web app.");
        // The app's output goes to a log file so a warning or failure can be read after the run.
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var app = new WebApp(process, log, address);
        try
        {
            await app.WaitUntilHealthyAsync(cancellationToken);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        await _log.DisposeAsync();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The web app exited with code {_process.ExitCode} before answering; see its log.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet (the schema is brought up to date before the app listens).
            }

            if (clock.Elapsed > StartTimeout)
            {
                throw new TimeoutException($"The web app did not answer /health within {StartTimeout.TotalMinutes} minutes.");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
