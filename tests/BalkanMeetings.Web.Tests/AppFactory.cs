using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BalkanMeetings.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace BalkanMeetings.Web.Tests;

/// <summary>The app on its own SQLite file in a temporary folder, with the repository's seeds imported at start.</summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("bm-web-");

    public AppFactory() => DatabasePath = Path.Combine(_folder.FullName, "app.db");

    /// <summary>The app's database: a file of its own unless the test shares one between apps.</summary>
    public string DatabasePath { get; init; }

    /// <summary>A PostgreSQL database to run on instead of the SQLite file, when given (see <see cref="PostgresServer"/>).</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>A database of the test's own that goes with the app.</summary>
    private PostgresTestDatabase? OwnedDatabase { get; init; }

    /// <summary>
    /// An app on the provider a test class runs on: its own SQLite file, or its own database on the PostgreSQL test
    /// server, dropped with the app; skipped (<c>[SkippableFact]</c>) where there is no server.
    /// </summary>
    public static async Task<AppFactory> OnAsync(
        DatabaseProvider provider, IReadOnlyDictionary<string, string?>? settings = null, IReadOnlyList<IInterceptor>? interceptors = null)
    {
        settings ??= new Dictionary<string, string?>();
        interceptors ??= [];
        if (provider == DatabaseProvider.Sqlite)
        {
            return new AppFactory { Settings = settings, Interceptors = interceptors };
        }

        Skip.If(PostgresServer.SkipReason is not null, PostgresServer.SkipReason);
        var database = await PostgresServer.CreateDatabaseAsync();
        return new AppFactory { PostgresConnectionString = database.ConnectionString, OwnedDatabase = database, Settings = settings, Interceptors = interceptors };
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (OwnedDatabase is not null)
        {
            await OwnedDatabase.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>The host environment; the factory's default is Development.</summary>
    public string? Environment { get; init; }

    /// <summary>Settings over the defaults, given before the first request.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Also receives everything the app logs, when given.</summary>
    public LogRecorder? Logs { get; init; }

    /// <summary>Added to the app's database contexts, to watch or bend what they send.</summary>
    public IReadOnlyList<IInterceptor> Interceptors { get; init; } = [];

    /// <summary>GETs a page that must answer 200 and parses its HTML.</summary>
    public async Task<IDocument> GetPageAsync(string url)
    {
        using var client = CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Path", DatabasePath);
        if (PostgresConnectionString is not null)
        {
            builder.UseSetting("Database:Provider", "PostgreSQL");
            builder.UseSetting("ConnectionStrings:BalkanMeetings", PostgresConnectionString);
        }

        builder.UseSetting("Seeds:Folder", TestPaths.SeedsFolder);
        if (Environment is not null)
        {
            builder.UseEnvironment(Environment);
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (Logs is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(Logs));
        }

        if (Interceptors.Count > 0)
        {
            builder.ConfigureServices(services =>
            {
                // On PostgreSQL the context's options are its own type's.
                services.ConfigureDbContext<BalkanMeetingsDbContext>(options => options.AddInterceptors(Interceptors));
                services.ConfigureDbContext<PostgresBalkanMeetingsDbContext>(options => options.AddInterceptors(Interceptors));
            });
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            // The factory is disposed both synchronously and asynchronously; the folder goes once.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _folder.Refresh();
            if (_folder.Exists)
            {
                _folder.Delete(recursive: true);
            }
        }
    }
}
