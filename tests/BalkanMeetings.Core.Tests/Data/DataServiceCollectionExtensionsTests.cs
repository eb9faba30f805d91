using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BalkanMeetings.Core.Tests.Data;

public sealed class DataServiceCollectionExtensionsTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task AddBalkanMeetingsData_registers_a_scoped_context_the_initializer_and_the_browser()
    {
        var services = new ServiceCollection().AddBalkanMeetingsData(_database.Settings);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        await using (var scope = provider.CreateAsyncScope())
        {
            var applied = await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>()
                .MigrateAsync(CancellationToken.None);
            // Every migration the assembly holds (MigrationTests checks their order and names).
            Assert.Equal(scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>().Database.GetMigrations(), applied);
            Assert.IsType<SqliteSearchIndex>(scope.ServiceProvider.GetRequiredService<ISearchIndex>());
            Assert.NotNull(scope.ServiceProvider.GetRequiredService<MeetingBrowser>());
            Assert.Same(
                scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>(),
                scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>());
        }

        await using var nextScope = provider.CreateAsyncScope();
        var db = nextScope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    public void Dispose() => _database.Dispose();
}
