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

        // Written as that first schema has it: today's model has columns it lacks.
        await _database.QueryAsync(
            """
            INSERT INTO Articles (FileName, ContentHash, Title, OriginalText, NormalisedText, EncodingRepaired, ImportedAtUtc)
            VALUES ('old.md', 'old', 'Old meeting', $text, $text, 0, '2025-01-01');
            INSERT INTO Meetings (Title, DatePrecision, DateOrigin, Kind, Status, Version) VALUES ('Old meeting', 'Unknown', 'Extracted', 'Meeting', 'Held', 0);
            INSERT INTO MeetingSources (MeetingId, ArticleId) VALUES (1, 1);
            """,
            ("$text", "Imported before search existed: Podgorica."));
        const int meeting = 1;
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
