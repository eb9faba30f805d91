using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BalkanMeetings.Core.Data.Migrations;

/// <summary>
/// The review queue (docs/editing.md#review-queue) lists open flags by severity, then age: these indexes hold them in
/// that order, all of them and each kind's, so a page of the queue is read from an index instead of sorting every
/// open flag. The kind index replaces the (Status, Kind) one its columns start with. Frozen once released.
/// </summary>
[DbContext(typeof(BalkanMeetingsDbContext))]
[Migration("0005_ReviewQueueIndexes")]
public sealed class ReviewQueueIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.DropIndex("IX_ReviewFlags_Status_Kind", "ReviewFlags");
        migrationBuilder.CreateIndex(
            "IX_ReviewFlags_Status_Kind_Severity_CreatedAtUtc", "ReviewFlags", ["Status", "Kind", "Severity", "CreatedAtUtc"]);
        migrationBuilder.CreateIndex(
            "IX_ReviewFlags_Status_Severity_CreatedAtUtc", "ReviewFlags", ["Status", "Severity", "CreatedAtUtc"]);
    }
}
