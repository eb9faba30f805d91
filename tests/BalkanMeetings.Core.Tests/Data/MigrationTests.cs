using System.Globalization;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BalkanMeetings.Core.Tests.Data;

public sealed class MigrationTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task Migrations_create_every_table_and_column_the_model_maps()
    {
        await _database.MigrateAsync();

        await using var db = _database.CreateContext();
        var model = db.Model;
        Assert.All(model.GetEntityTypes(), e => Assert.NotNull(e.GetTableName()));

        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        var expectedTables = model.GetRelationalModel().Tables.Select(t => t.Name).Order(StringComparer.Ordinal);
        Assert.Equal(expectedTables, await SqliteSchema.TablesAsync(connection));

        foreach (var table in model.GetRelationalModel().Tables)
        {
            var expected = table.Columns
                .Select(c => $"{table.Name}.{c.Name} {c.StoreType} {(c.IsNullable ? "null" : "not null")}")
                .Order(StringComparer.Ordinal);
            var actual = (await TestDatabase.QueryAsync(
                    connection, "SELECT name, type, \"notnull\" FROM pragma_table_info($t)", ("$t", table.Name)))
                .Select(c => $"{table.Name}.{c[0]} {c[1]} {((long)c[2]! == 0 ? "null" : "not null")}")
                .Order(StringComparer.Ordinal);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public async Task Migrations_create_the_same_schema_as_the_model_would()
    {
        await _database.MigrateAsync();

        // EnsureCreated builds the schema straight from the model: keys, indexes, foreign keys and delete rules
        // of the hand-written migrations must come out the same.
        using var modelDatabase = new TestDatabase();
        await using (var db = modelDatabase.CreateContext())
        {
            await db.Database.EnsureCreatedAsync();
        }

        var fromModel = await SqliteSchema.DescribeAsync(modelDatabase.ConnectionString);
        var fromMigrations = await SqliteSchema.DescribeAsync(_database.ConnectionString);
        Assert.NotEmpty(fromModel);
        Assert.Empty(fromModel.Except(fromMigrations));
        Assert.Empty(fromMigrations.Except(fromModel));
    }

    [Fact]
    public async Task Migrations_history_lists_every_migration_in_order()
    {
        var applied = await _database.MigrateAsync();

        string[] expected = ["0001_Initial", "0002_SearchAndFlagMeetings", "0003_BrowsingIndexes", "0004_Editing", "0005_ReviewQueueIndexes", "0006_PasswordHandover"];
        Assert.Equal(expected, applied);
        var history = await _database.QueryAsync("SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId");
        Assert.Equal(expected, history.Select(r => (string)r[0]!));
    }

    [Fact]
    public async Task Migrating_twice_is_a_no_op_and_keeps_the_data()
    {
        await _database.MigrateAsync();
        await using (var db = _database.CreateContext())
        {
            db.Articles.Add(new Article
            {
                FileName = "2025-03-skopje.md",
                ContentHash = new string('a', 64),
                OriginalText = "Skopje, 3 March",
                NormalisedText = "Skopje, 3 March",
                ImportedAtUtc = new DateTime(2025, 3, 4, 8, 0, 0, DateTimeKind.Utc),
            });
            db.Meetings.Add(new Meeting { Title = "Rutte meets Mickoski" });
            db.People.Add(new Person { Name = "Hristijan Mickoski", SearchKey = "hristijan mickoski" });
            await db.SaveChangesAsync();
        }

        var appliedAgain = await _database.MigrateAsync();

        Assert.Empty(appliedAgain);
        await using var check = _database.CreateContext();
        Assert.Equal("2025-03-skopje.md", (await check.Articles.SingleAsync()).FileName);
        Assert.Equal("Rutte meets Mickoski", (await check.Meetings.SingleAsync()).Title);
        Assert.Equal("Hristijan Mickoski", (await check.People.SingleAsync()).Name);
    }

    [Fact]
    public async Task Migrating_to_a_named_migration_stops_there()
    {
        // What a test of the next migration does first: build a database as the older version left it.
        await using (var db = _database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("0001_Initial");
        }

        var history = await _database.QueryAsync("SELECT MigrationId FROM __EFMigrationsHistory");
        Assert.Equal(["0001_Initial"], history.Select(r => (string)r[0]!));
    }

    [Fact]
    public void Every_migration_class_is_found_by_EF()
    {
        using var db = _database.CreateContext();

        // EF skips a migration class silently when its [DbContext] or [Migration] attribute is missing.
        var written = typeof(BalkanMeetingsDbContext).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Migration)))
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal);
        var found = db.GetService<IMigrationsAssembly>().Migrations.Values
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal);
        Assert.Equal(written, found);
    }

    [Fact]
    public void Migration_ids_are_numbered_in_sequence_from_0001()
    {
        using var db = _database.CreateContext();

        // EF applies migrations in the ordinal order of their ids.
        var ids = db.GetService<IMigrationsAssembly>().Migrations.Keys.ToList();
        var expectedPrefixes = ids.Select((_, i) => (i + 1).ToString("0000", CultureInfo.InvariantCulture) + "_");
        Assert.Equal(expectedPrefixes, ids.Select(id => id[..5]));
    }

    public void Dispose() => _database.Dispose();
}
