using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Search;
using BalkanMeetings.Core.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BalkanMeetings.Core.Tests.Search;

public sealed class SqliteSearchIndexTests : SearchIndexTests, IDisposable
{
    private readonly TestDatabase _database = new();

    private protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    [Fact]
    public async Task Migrating_an_older_database_indexes_what_it_holds_and_points_flags_at_meetings()
    {
        await using (var db = _database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("0001_Initial");
        }

        var meeting = await AddReportedMeetingAsync(_database, "Old meeting", "Imported before search existed: Podgorica.");
        await _database.QueryAsync(
            "INSERT INTO ReviewFlags (Kind, Severity, Message, RecordType, RecordId, CreatedAtUtc, Status) VALUES ('MissingDate', 'Warning', 'No date', 'Meeting', $m, '2025-01-01', 'Open')",
            ("$m", meeting));

        await _database.MigrateAsync();

        await using var check = _database.CreateContext();
        Assert.Equal([meeting], await new SqliteSearchIndex(check).MeetingsMatching(SearchQuery.Parse("podgorica")).ToListAsync());
        Assert.Equal(meeting, (await check.ReviewFlags.SingleAsync()).MeetingId);
    }

    public void Dispose() => _database.Dispose();
}
