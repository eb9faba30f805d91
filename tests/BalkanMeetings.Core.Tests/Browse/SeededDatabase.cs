using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Import;
using BalkanMeetings.Core.Search;
using BalkanMeetings.Core.Tests.Data;
using Microsoft.Extensions.Logging.Abstractions;

namespace BalkanMeetings.Core.Tests.Browse;

/// <summary>A database with the five seed articles imported, shared read-only by a test class.</summary>
public sealed class SeededDatabase : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase _database = new();

    internal TestDatabase Database => _database;

    public BalkanMeetingsDbContext CreateContext() => _database.CreateContext();

    public async Task InitializeAsync()
    {
        await using var db = _database.CreateContext();
        var runner = new ImportRunner(db, NullLoggerFactory.Instance, TimeProvider.System);
        var reference = await runner.PrepareAsync(TestPaths.ReferenceFolder, CancellationToken.None);
        await runner.ImportFolderAsync(TestPaths.SeedsFolder, reference, progress: null, CancellationToken.None);
    }

    /// <summary>The browser on a fresh context, with the query string parsed as the app does.</summary>
    public async Task<MeetingResults> ListAsync(string queryString, bool withFacets = true)
    {
        await using var db = CreateContext();
        var browser = new MeetingBrowser(db, new SqliteSearchIndex(db));
        var parsed = MeetingFilterQuery.Parse(QueryPairs(queryString), await browser.CountryCodesAsync(CancellationToken.None));
        return await browser.ListAsync(parsed, withFacets, CancellationToken.None);
    }

    public static IEnumerable<KeyValuePair<string, string?>> QueryPairs(string queryString) =>
        queryString.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => new KeyValuePair<string, string?>(Uri.UnescapeDataString(p[0]), p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : ""));

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();
}
