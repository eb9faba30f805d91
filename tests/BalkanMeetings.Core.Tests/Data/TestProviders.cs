using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Search;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>Makes the database refuse every delete from <paramref name="table"/>, as a step failing at the last moment would.</summary>
    public static Task RefuseDeletesAsync(BalkanMeetingsDbContext db, string table)
    {
        var sql = db.Database.IsNpgsql()
            ? "CREATE FUNCTION refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$; "
                + "CREATE TRIGGER refuse_delete BEFORE DELETE ON \"" + table + "\" FOR EACH ROW EXECUTE FUNCTION refuse_delete();"
            : "CREATE TRIGGER refuse_delete BEFORE DELETE ON \"" + table + "\" BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;";
        return db.Database.ExecuteSqlRawAsync(sql);
    }

    /// <summary>The search index the app registers for the database's provider.</summary>
    public static ISearchIndex SearchIndex(BalkanMeetingsDbContext db, DatabaseProvider provider) =>
        provider == DatabaseProvider.PostgreSQL ? new PostgresSearchIndex(db) : new SqliteSearchIndex(db);
}
