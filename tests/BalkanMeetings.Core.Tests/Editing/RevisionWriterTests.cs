using BalkanMeetings.Core.Editing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Tests.Editing;

/// <summary>Saves while another connection holds the database: they wait a bounded time for it, and write nothing when it stays held.</summary>
public sealed class RevisionWriterTests : IAsyncLifetime
{
    private const string Meeting = nameof(Domain.Meeting);
    private readonly EditingDatabase _database = new();

    [Fact]
    public async Task A_save_waiting_longer_than_its_bound_for_a_write_another_connection_holds_is_busy_and_writes_nothing()
    {
        var (opened, city) = await OpenAsync();
        await using var holder = await HoldWriteLockAsync();

        var result = await SaveAsync(opened, new() { [MeetingRecord.City] = "Podgorica" }, TimeSpan.FromMilliseconds(300));

        Assert.Equal(EditStatus.Busy, result.Status);
        await holder.DisposeAsync();
        await AssertUnchangedAsync(city);
        Assert.Equal(EditStatus.Saved, (await SaveAsync(opened, new() { [MeetingRecord.City] = "Podgorica" }, TimeSpan.FromMilliseconds(300))).Status);
    }

    [Fact]
    public async Task A_save_waits_for_a_short_write_of_another_connection_and_then_saves()
    {
        var (opened, _) = await OpenAsync();
        var holder = await HoldWriteLockAsync();
        var release = Task.Run(async () =>
        {
            await Task.Delay(200);
            await holder.DisposeAsync();
        });

        var result = await SaveAsync(opened, new() { [MeetingRecord.City] = "Podgorica" }, TimeSpan.FromSeconds(30));

        await release;
        Assert.Equal(EditStatus.Saved, result.Status);
    }

    // A plain connection in a write transaction (BEGIN IMMEDIATE), as an import's batch holds one; disposed, it ends.
    private async Task<SqliteConnection> HoldWriteLockAsync()
    {
        var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE";
        await begin.ExecuteNonQueryAsync();
        return connection;
    }

    private async Task<EditResult> SaveAsync(RecordState opened, RecordState proposed, TimeSpan lockWait)
    {
        await using var db = _database.CreateContext();
        var editor = new RecordEditor(db, new EditableRecords([new MeetingRecord()]), EditingDatabase.CreateWriter(db, lockWait));
        return await editor.SaveAsync(Meeting, 1, opened, proposed, "From the caption", _database.Editor, CancellationToken.None);
    }

    private async Task<(RecordState State, string? City)> OpenAsync()
    {
        await using var db = _database.CreateContext();
        var state = (await EditingDatabase.CreateEditor(db).LoadAsync(Meeting, 1, CancellationToken.None))!;
        return (state, state[MeetingRecord.City]);
    }

    private async Task AssertUnchangedAsync(string? city)
    {
        await using var db = _database.CreateContext();
        Assert.Equal(city, (await db.Meetings.SingleAsync(m => m.Id == 1)).City);
        Assert.Empty(db.Revisions);
        Assert.Empty(db.Corrections);
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();
}
