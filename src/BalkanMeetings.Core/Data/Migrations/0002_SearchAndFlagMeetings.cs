using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BalkanMeetings.Core.Data.Migrations;

/// <summary>
/// Browsing needs: each review flag points at the meeting it concerns, and on SQLite the full-text index (FTS5)
/// over articles and meetings, kept in step with its tables by triggers. Frozen once released.
/// </summary>
[DbContext(typeof(BalkanMeetingsDbContext))]
[Migration("0002_SearchAndFlagMeetings")]
public sealed class SearchAndFlagMeetings : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        // A plain pointer, not a foreign key: flags go with their article, and adding a key would rebuild the table.
        migrationBuilder.AddColumn<int>("MeetingId", "ReviewFlags", nullable: true);
        migrationBuilder.Sql(
            """
            UPDATE "ReviewFlags" SET "MeetingId" = "RecordId" WHERE "RecordType" = 'Meeting';
            UPDATE "ReviewFlags" SET "MeetingId" = (SELECT p."MeetingId" FROM "Participations" p WHERE p."Id" = "ReviewFlags"."RecordId")
            WHERE "RecordType" = 'Participation';
            """);
        migrationBuilder.CreateIndex("IX_ReviewFlags_MeetingId_Status", "ReviewFlags", ["MeetingId", "Status"]);

        if (migrationBuilder.IsSqlite())
        {
            foreach (var statement in SqliteFullText.CreateStatements)
            {
                migrationBuilder.Sql(statement);
            }
        }
    }
}
