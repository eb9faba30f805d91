using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BalkanMeetings.Core.Tests.Data;

[Trait("Category", "PostgreSQL")]
public sealed class PostgresDatabaseTests
{
    [PostgresFact]
    public async Task Migrations_bring_an_empty_database_to_the_model_with_nothing_missing()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();

        var applied = await database.MigrateAsync();

        await using var db = database.CreateContext();
        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        // The snapshot is the model the migrations build: a model change without its migration fails here.
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Equal(0, await WriteVersion.ReadAsync(db, CancellationToken.None));
    }

    [PostgresFact]
    public async Task The_seeds_import_into_PostgreSQL_as_into_SQLite()
    {
        await using var postgres = await PostgresServer.CreateDatabaseAsync();
        await postgres.MigrateAsync();
        using var sqlite = new TestDatabase();
        await sqlite.MigrateAsync();

        await using var onPostgres = postgres.CreateContext();
        await using var onSqlite = sqlite.CreateContext();
        var fromPostgres = await ImportSeedsAsync(onPostgres);
        var fromSqlite = await ImportSeedsAsync(onSqlite);

        Assert.Empty(fromPostgres.Failed);
        Assert.Equal(fromSqlite.Imported, fromPostgres.Imported);
        Assert.Equal(fromSqlite.MeetingsCreated, fromPostgres.MeetingsCreated);
        Assert.Equal(fromSqlite.FlagsRaised, fromPostgres.FlagsRaised);
        Assert.Equal(await DescribeAsync(onSqlite), await DescribeAsync(onPostgres));
        Assert.True(await WriteVersion.ReadAsync(onPostgres, CancellationToken.None) > 0);
    }

    [PostgresFact]
    public async Task Two_imports_of_the_same_articles_at_once_store_them_once()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();

        var summaries = await Task.WhenAll(Task.Run(() => ImportSeedsAsync(first)), Task.Run(() => ImportSeedsAsync(second)));

        Assert.All(summaries, s => Assert.Empty(s.Failed));
        Assert.Equal(5, summaries.Sum(s => s.Imported));
        await using var db = database.CreateContext();
        using var sqlite = new TestDatabase();
        await sqlite.MigrateAsync();
        await using var onSqlite = sqlite.CreateContext();
        await ImportSeedsAsync(onSqlite);
        Assert.Equal(await DescribeAsync(onSqlite), await DescribeAsync(db));
        Assert.Equal(await onSqlite.People.CountAsync(), await db.People.CountAsync());
        Assert.Equal(await onSqlite.Topics.CountAsync(), await db.Topics.CountAsync());
    }

    [PostgresFact]
    public async Task An_article_the_database_refuses_part_of_is_reported_and_leaves_nothing_while_the_others_import()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        await database.MigrateAsync();
        await using var db = database.CreateContext();
        // The flags are the last rows an article writes, held back with the others until the article is done.
        await db.Database.ExecuteSqlRawAsync(
            "CREATE FUNCTION refuse_flags() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$; "
            + "CREATE TRIGGER refuse_flags BEFORE INSERT ON \"ReviewFlags\" FOR EACH ROW EXECUTE FUNCTION refuse_flags();");

        var summary = await ImportSeedsAsync(db);

        Assert.NotEmpty(summary.Failed);
        Assert.All(summary.Failed, f => Assert.Contains("refused", f.Reason, StringComparison.Ordinal));
        Assert.True(summary.Imported > 0);
        Assert.Equal(summary.Imported, await db.Articles.CountAsync());
        Assert.Empty(await db.Articles.Where(a => summary.Failed.Select(f => f.FileName).Contains(a.FileName)).ToListAsync());
        Assert.Equal(0, await db.Meetings.CountAsync(m => !m.Sources.Any()));
        Assert.Equal(0, await db.SourceSpans.CountAsync(s => !db.Articles.Any(a => a.Id == s.ArticleId)));
    }

    private static async Task<ImportSummary> ImportSeedsAsync(BalkanMeetingsDbContext db)
    {
        var runner = new ImportRunner(db, NullLoggerFactory.Instance, TimeProvider.System);
        var reference = await runner.PrepareAsync(TestPaths.ReferenceFolder, CancellationToken.None);
        return await runner.ImportFolderAsync(TestPaths.SeedsFolder, reference, progress: null, CancellationToken.None);
    }

    /// <summary>Every meeting with its date, place, people and flags, in a form that leaves the ids aside.</summary>
    private static async Task<List<string>> DescribeAsync(BalkanMeetingsDbContext db)
    {
        var meetings = await db.Meetings.AsNoTracking()
            .Select(m => new
            {
                m.Title,
                m.Date,
                m.City,
                m.Status,
                People = m.Participants.OrderBy(p => p.NameAsWritten).Select(p => p.NameAsWritten + "/" + p.Role).ToList(),
                Countries = m.Countries.OrderBy(c => c.CountryCode).Select(c => c.CountryCode).ToList(),
            })
            .ToListAsync();
        var flags = await db.ReviewFlags.AsNoTracking().Select(f => f.Kind + ":" + f.Message).ToListAsync();
        return meetings
            .Select(m => $"{m.Date} {m.City} {m.Status} {m.Title} [{string.Join(", ", m.Countries)}] [{string.Join(", ", m.People)}]")
            .Concat(flags)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
