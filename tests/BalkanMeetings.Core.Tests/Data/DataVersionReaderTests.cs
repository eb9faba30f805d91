using BalkanMeetings.Core.Data;

namespace BalkanMeetings.Core.Tests.Data;

/// <summary>The version read on a connection of its own is the one EF reads, and moves when a write commits, not before.</summary>
public abstract class DataVersionReaderTests
{
    private protected abstract DatabaseProvider Provider { get; }

    [SkippableFact]
    public async Task The_version_read_without_a_context_is_EFs_and_moves_when_a_write_commits()
    {
        await using var database = await TestProviders.OpenAsync(Provider);
        await database.MigrateAsync();
        var reader = new DataVersionReader(database.Settings);
        await using var db = database.CreateContext();
        var before = await reader.ReadAsync(CancellationToken.None);
        Assert.Equal(await WriteVersion.ReadAsync(db, CancellationToken.None), before);

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await WriteVersion.MoveOnAsync(db, CancellationToken.None);
            Assert.Equal(before, await reader.ReadAsync(CancellationToken.None));
            await transaction.CommitAsync();
        }

        Assert.Equal(before + 1, await reader.ReadAsync(CancellationToken.None));
        Assert.Equal(await WriteVersion.ReadAsync(db, CancellationToken.None), await reader.ReadAsync(CancellationToken.None));
    }
}

public sealed class SqliteDataVersionReaderTests : DataVersionReaderTests
{
    private protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[Trait("Category", "PostgreSQL")]
public sealed class PostgresDataVersionReaderTests : DataVersionReaderTests
{
    private protected override DatabaseProvider Provider => DatabaseProvider.PostgreSQL;
}
