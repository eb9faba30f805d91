using BalkanMeetings.Core.Data;

namespace BalkanMeetings.Web.Tests;

/// <summary>
/// The app with the seeds imported, shared read-only by a test class; on SQLite unless a subclass names PostgreSQL
/// (<see cref="PostgresSeededApp"/>). Where the provider's server is missing the app is never made, and the first test
/// to ask for it reports itself skipped (<c>[SkippableFact]</c>).
/// </summary>
public class SeededApp : IAsyncLifetime
{
    private AppFactory? _app;

    public SeededApp()
        : this(DatabaseProvider.Sqlite)
    {
    }

    private protected SeededApp(DatabaseProvider provider) => Provider = provider;

    /// <summary>The provider, for a test of the class that needs an app of its own on it (<see cref="AppFactory.OnAsync"/>).</summary>
    public DatabaseProvider Provider { get; }

    public AppFactory App
    {
        get
        {
            Skip.If(_app is null, PostgresServer.SkipReason);
            return _app!;
        }
    }

    public async Task InitializeAsync()
    {
        if (Provider == DatabaseProvider.PostgreSQL && PostgresServer.SkipReason is not null)
        {
            return;
        }

        _app = await AppFactory.OnAsync(Provider);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

/// <summary>The seeded app on a database of its own on the PostgreSQL test server.</summary>
public sealed class PostgresSeededApp : SeededApp
{
    public PostgresSeededApp()
        : base(DatabaseProvider.PostgreSQL)
    {
    }
}
