using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Search;

namespace BalkanMeetings.Core.Tests.Data;

/// <summary>
/// Opens a test's database on the provider a test class runs on. Test classes that hold for both engines are abstract
/// over <see cref="DatabaseProvider"/>, with one subclass per provider; their tests are <c>[SkippableFact]</c>, and
/// on PostgreSQL they report themselves skipped where <see cref="PostgresServer"/> has no server.
/// </summary>
internal static class TestProviders
{
    public static async Task<ITestDatabase> OpenAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            return new TestDatabase();
        }

        Skip.If(PostgresServer.SkipReason is not null, PostgresServer.SkipReason);
        return await PostgresServer.CreateDatabaseAsync();
    }

    /// <summary>The search index the app registers for the database's provider.</summary>
    public static ISearchIndex SearchIndex(BalkanMeetingsDbContext db, DatabaseProvider provider) =>
        provider == DatabaseProvider.PostgreSQL ? new PostgresSearchIndex(db) : new SqliteSearchIndex(db);
}
