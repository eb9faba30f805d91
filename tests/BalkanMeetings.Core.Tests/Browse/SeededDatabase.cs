using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Import;
using BalkanMeetings.Core.Tests.Data;
using Microsoft.Extensions.Logging.Abstractions;

namespace BalkanMeetings.Core.Tests.Browse;

/// <summary>
/// A database with the five seed articles imported, shared read-only by a test class; on SQLite unless a subclass
/// names PostgreSQL (<see cref="PostgresSeededDatabase"/>). Where the provider's server is missing the database is
/// never made, and the first test to ask for it reports itself skipped (<see cref="TestProviders"/>).
/// </summary>
public class SeededDatabase : IAsyncLifetime
{
    private ITestDatabase? _database;

    public SeededDatabase()
        : this(DatabaseProvider.Sqlite)
    {
    }

    private protected SeededDatabase(DatabaseProvider provider) => Provider = provider;

    internal DatabaseProvider Provider { get; }

    internal ITestDatabase Database
    {
        get
        {
            Skip.If(_database is null, PostgresServer.SkipReason);
            return _database!;
        }
    }

    public BalkanMeetingsDbContext CreateContext() => Database.CreateContext();

    public async Task InitializeAsync()
    {
        if (Provider == DatabaseProvider.PostgreSQL && PostgresServer.SkipReason is not null)
        {
            return;
        }

        _database = Provider == DatabaseProvider.Sqlite ? new TestDatabase() : await PostgresServer.CreateDatabaseAsync();
        await using var db = _database.CreateContext();
        var runner = new ImportRunner(db, NullLoggerFactory.Instance, TimeProvider.System);
        var reference = await runner.PrepareAsync(TestPaths.ReferenceFolder, CancellationToken.None);
        await runner.ImportFolderAsync(TestPaths.SeedsFolder, reference, progress: null, CancellationToken.None);
    }

    /// <summary>The browser on a fresh context, with the query string parsed as the app does.</summary>
    public async Task<MeetingResults> ListAsync(string queryString, bool withFacets = true)
    {
        await using var db = CreateContext();
        var browser = new MeetingBrowser(db, TestProviders.SearchIndex(db, Provider));
        var parsed = MeetingFilterQuery.Parse(QueryPairs(queryString), await browser.CountryCodesAsync(CancellationToken.None));
        return await browser.ListAsync(parsed, withFacets, CancellationToken.None);
    }

    public static IEnumerable<KeyValuePair<string, string?>> QueryPairs(string queryString) =>
        queryString.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => new KeyValuePair<string, string?>(Uri.UnescapeDataString(p[0]), p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : ""));

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

/// <summary>The seeded database on the PostgreSQL test server.</summary>
public sealed class PostgresSeededDatabase : SeededDatabase
{
    public PostgresSeededDatabase()
        : base(DatabaseProvider.PostgreSQL)
    {
    }
}
