using System.Net;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BalkanMeetings.Web.Tests.Startup;

public sealed class ConcurrentStartTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("bm-twins-");

    [Fact]
    public async Task Two_instances_starting_together_on_an_empty_database_import_the_seeds_once_without_errors()
    {
        var database = Path.Combine(_folder.FullName, "shared.db");
        var logs = new LogRecorder();
        await using var first = new AppFactory { DatabasePath = database, Logs = logs };
        await using var second = new AppFactory { DatabasePath = database, Logs = logs };

        // Services start the app: schema, seeds, then the server.
        await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));

        Assert.DoesNotContain(logs.Messages, m => m.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) || m.Contains("could not be stored", StringComparison.Ordinal));
        foreach (var app in new[] { first, second })
        {
            using var client = app.CreateClient();
            using var home = await client.GetAsync(new Uri("/", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        }

        await using var scope = first.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>();
        Assert.Equal(5, await db.Articles.CountAsync());
        Assert.Single(logs.Messages, m => m.StartsWith("Seed articles imported", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_second_instance_waits_while_the_first_holds_the_gate()
    {
        var database = new DatabaseSettings(DatabaseProvider.Sqlite, AppPaths.SqliteConnectionString(Path.Combine(_folder.FullName, "gated.db")));
        await AssertTheSecondWaitsForTheFirstAsync(database);
    }

    /// <summary>While one holds the database's gate a second waits, saying so in the log, and takes it once it is free.</summary>
    internal static async Task AssertTheSecondWaitsForTheFirstAsync(DatabaseSettings database)
    {
        var logs = new LogRecorder();
        var logger = new Microsoft.Extensions.Logging.LoggerFactory([logs]).CreateLogger("test");
        await using var held = await StartupGate.EnterAsync(database, logger, CancellationToken.None);

        var waiting = StartupGate.EnterAsync(database, logger, CancellationToken.None);
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        Assert.False(waiting.IsCompleted);
        Assert.Contains(logs.Messages, m => m.StartsWith("Waiting for another instance", StringComparison.Ordinal));

        await held.DisposeAsync();
        await using var taken = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
