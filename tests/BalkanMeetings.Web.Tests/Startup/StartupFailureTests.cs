using System.Diagnostics;
using BalkanMeetings.Web.Cli;
using BalkanMeetings.Web.Infrastructure;
using Microsoft.Data.Sqlite;

namespace BalkanMeetings.Web.Tests.Startup;

/// <summary>The app started as an operator starts it, as a process, on databases and seeds it cannot use.</summary>
public sealed class StartupFailureTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("bm-start-");

    private string Database => Path.Combine(_folder.FullName, "app.db");

    [Theory]
    [InlineData("empty", "is an empty file (0 bytes)")]
    [InlineData("garbage", "is not a SQLite database")]
    [InlineData("truncated", "is damaged")]
    [InlineData("folder", "is a folder")]
    [InlineData("no seeds", "the seeds folder")]
    public async Task An_unusable_database_or_seeds_folder_stops_the_start_with_one_line_and_exit_code_2(string kind, string expected)
    {
        var seeds = TestPaths.SeedsFolder;
        switch (kind)
        {
            case "empty":
                await File.WriteAllBytesAsync(Database, []);
                break;
            case "garbage":
                await File.WriteAllBytesAsync(Database, [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 37 % 251))]);
                break;
            case "truncated":
                await ImportSeedsAsync();
                using (var file = new FileStream(Database, FileMode.Open))
                {
                    file.SetLength(file.Length / 2);
                }

                break;
            case "folder":
                Directory.CreateDirectory(Database);
                break;
            default:
                seeds = Path.Combine(_folder.FullName, "no-such-seeds");
                break;
        }

        var (code, output) = await StartAsync(seeds);

        Assert.Equal(StartupChecks.CannotStart, code);
        var line = Assert.Single(output, l => l.Contains("Cannot start", StringComparison.Ordinal));
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain(output, l => l.Contains("Unhandled exception", StringComparison.Ordinal) || l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        Assert.DoesNotContain(output, l => l.Contains("readonly", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Oracle", null, "Database:Provider is 'Oracle'; it must be Sqlite or PostgreSQL.")]
    [InlineData("PostgreSQL", null, "ConnectionStrings:BalkanMeetings is not set")]
    [InlineData("postgresql", "Host=127.0.0.1;Password=s3cret-pw;Nonsense Key=1", "is not a PostgreSQL connection string")]
    public async Task A_database_setting_the_app_cannot_use_stops_the_start_with_one_line_and_no_secret(string provider, string? connectionString, string expected)
    {
        var environment = new Dictionary<string, string> { ["Database__Provider"] = provider };
        if (connectionString is not null)
        {
            environment["ConnectionStrings__BalkanMeetings"] = connectionString;
        }

        var (code, output) = await StartAsync(TestPaths.SeedsFolder, environment);

        Assert.Equal(StartupChecks.CannotStart, code);
        var line = Assert.Single(output, l => l.Contains("Cannot start", StringComparison.Ordinal));
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain(output, l => l.Contains("s3cret-pw", StringComparison.Ordinal));
        Assert.DoesNotContain(output, l => l.Contains("Unhandled exception", StringComparison.Ordinal) || l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_read_only_database_is_named_as_such()
    {
        // Tests run as root, whom file permissions do not stop; SQLite's own refusal is what the app words.
        var reason = StartupChecks.Reason(new SqliteException("attempt to write a readonly database", 8), "/data/app.db");

        Assert.Equal("the database /data/app.db is read-only; the app must be able to write it and its folder.", reason);
    }

    [Fact]
    public void A_fault_of_the_program_is_not_worded_as_a_problem_of_the_files()
    {
        Assert.Null(StartupChecks.Reason(new InvalidOperationException("a bug"), "/data/app.db"));
    }

    /// <summary>A loopback port nothing listens on: taken from the system, then let go.</summary>
    internal static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    private async Task ImportSeedsAsync()
    {
        var code = await CommandLineVerbs.RunAsync(
            ["import", TestPaths.SeedsFolder, "--db", Database, "--reference", TestPaths.ReferenceFolder], TextReader.Null, TextWriter.Null, TextWriter.Null);
        Assert.Equal(0, code);
        SqliteConnection.ClearAllPools();
    }

    private async Task<(int Code, List<string> Output)> StartAsync(string seeds, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder.FullName,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BalkanMeetings.Web.dll"));
        start.Environment["Database__Path"] = Database;
        start.Environment["Seeds__Folder"] = seeds;
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The app kept running although it should have refused to start:" + Environment.NewLine + await output + await error);
        }

        var lines = (await output + await error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return (process.ExitCode, lines);
    }
}
