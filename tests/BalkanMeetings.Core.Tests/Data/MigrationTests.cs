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

        string[] expected = ["0001_Initial", "0002_SearchAndFlagMeetings", "0003_BrowsingIndexes", "0004_Editing", "0005_ReviewQueueIndexes", "0006_PasswordHandover", "0008_PublicEditorNames", "0009_DataVersion", "0010_DataProtectionKeys", "0011_ArticleByline", "0012_ArticleImportTimes", "0013_SearchDeferral"];
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

        // EF skips a migration class silently when its [DbContext] or [Migration] attribute is missing. PostgreSQL's
        // generated history is its own (PostgresDatabaseTests).
        var written = typeof(BalkanMeetingsDbContext).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Migration)) && t.Namespace == typeof(Core.Data.Migrations.DataProtectionKeys).Namespace)
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal);
        var found = db.GetService<IMigrationsAssembly>().Migrations.Values
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal);
        Assert.Equal(written, found);
    }

    [Fact]
    public void Migration_ids_are_numbered_upwards_from_0001_without_repeating_a_number()
    {
        using var db = _database.CreateContext();

        // EF applies migrations in the ordinal order of their ids. A number may be held for a migration written on
        // another branch and never merged (0007 is missing), so the numbers need only rise.
        var numbers = db.GetService<IMigrationsAssembly>().Migrations.Keys.Select(id => int.Parse(id[..4], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(1, numbers[0]);
        Assert.All(numbers.Zip(numbers.Skip(1)), pair => Assert.True(pair.Second > pair.First, $"{pair.Second:0000} follows {pair.First:0000}"));
    }

    [Fact]
    public async Task Migration_0008_replaces_e_mail_addresses_shown_as_editor_names()
    {
        await using (var db = _database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("0006_PasswordHandover");
        }

        await _database.QueryAsync(
            """
            INSERT INTO AspNetUsers (Id, UserName, NormalizedUserName, Email, NormalizedEmail, EmailConfirmed, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount, DisplayName, IsDisabled, CreatedAtUtc, MustChangePassword)
            VALUES ('a1b2c3d4-0000', 'eve@example.org', 'EVE@EXAMPLE.ORG', 'eve@example.org', 'EVE@EXAMPLE.ORG', 0, 0, 0, 1, 0, 'eve@example.org', 0, '2026-01-01', 0),
                   ('f0f0f0f0-1111', 'ann@example.org', 'ANN@EXAMPLE.ORG', 'ann@example.org', 'ANN@EXAMPLE.ORG', 0, 0, 0, 1, 0, 'Ann Named', 0, '2026-01-01', 0);
            INSERT INTO Revisions (Id, AccountId, EditorName, AtUtc, Kind, Reason, RecordType, RecordId)
            VALUES (1, 'a1b2c3d4-0000', 'eve@example.org', '2026-01-02', 'Edit', 'typo', 'Meeting', 1),
                   (2, NULL, 'gone@example.org', '2026-01-02', 'Edit', 'typo', 'Meeting', 1),
                   (3, 'f0f0f0f0-1111', 'Ann Named', '2026-01-02', 'Edit', 'typo', 'Meeting', 1);
            """);

        await _database.MigrateAsync();

        var names = await _database.QueryAsync("SELECT DisplayName FROM AspNetUsers ORDER BY Id");
        Assert.Equal(["Editor a1b2c3d4", "Ann Named"], names.Select(r => (string)r[0]!));
        var editors = await _database.QueryAsync("SELECT EditorName FROM Revisions ORDER BY Id");
        Assert.Equal(["Editor a1b2c3d4", "An editor", "Ann Named"], editors.Select(r => (string)r[0]!));
    }

    public void Dispose() => _database.Dispose();
}
