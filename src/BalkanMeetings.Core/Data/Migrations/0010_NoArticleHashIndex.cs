using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BalkanMeetings.Core.Data.Migrations;

/// <summary>
/// Drops the index on the articles' content hash: no query looks an article up by its hash (the importer reads every
/// stored name with its hash once per run and compares them in memory), and every imported article paid for it with
/// an insert at a random place in the index (docs/benchmarks.md). Frozen once released.
/// </summary>
[DbContext(typeof(BalkanMeetingsDbContext))]
[Migration("0010_NoArticleHashIndex")]
public sealed class NoArticleHashIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.DropIndex("IX_Articles_ContentHash", "Articles");
    }
}
