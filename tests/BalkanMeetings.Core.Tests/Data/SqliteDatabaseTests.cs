using BalkanMeetings.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Tests.Data;

public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task File_database_runs_in_wal_mode_with_foreign_keys_normal_sync_and_a_busy_timeout()
    {
        await using var db = _database.CreateContext();

        Assert.Equal(["wal", 1L, 1L, 5000L], await PragmasAsync(db));
        // journal_mode is kept in the file itself, so every other tool opening it also sees WAL.
        var mode = Assert.Single(await _database.QueryAsync("PRAGMA journal_mode"))[0];
        Assert.Equal("wal", mode);
    }

    [Fact]
    public async Task In_memory_database_opens_with_foreign_keys_and_ignores_wal()
    {
        var options = new DbContextOptionsBuilder<BalkanMeetingsDbContext>();
        options.UseBalkanMeetingsSqlite("Data Source=:memory:");
        await using var db = new BalkanMeetingsDbContext(options.Options);

        Assert.Equal(["memory", 1L, 1L, 5000L], await PragmasAsync(db));
    }

    public void Dispose() => _database.Dispose();

    /// <summary>journal_mode, foreign_keys, synchronous (1 = NORMAL) and busy_timeout of the connection EF opens.</summary>
    private static async Task<object?[]> PragmasAsync(BalkanMeetingsDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            var values = new List<object?>();
            foreach (var pragma in (string[])["journal_mode", "foreign_keys", "synchronous", "busy_timeout"])
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = "PRAGMA " + pragma;
                values.Add(await command.ExecuteScalarAsync());
            }

            return [.. values];
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
