using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BalkanMeetings.Core.Data.Migrations;

/// <summary>
/// Lets an import write the full-text rows of what it inserts once per transaction instead of row by row
/// (<see cref="SqliteFullText"/>, docs/benchmarks.md): a deferral table and triggers that leave its rows alone. Every
/// other writer, which opens no deferral, keeps the index in step as before. Frozen once released.
/// </summary>
[DbContext(typeof(BalkanMeetingsDbContext))]
[Migration("0013_SearchDeferral")]
public sealed class SearchDeferral : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        foreach (var statement in SqliteFullText.DeferrableTriggerStatements)
        {
            migrationBuilder.Sql(statement);
        }
    }
}
