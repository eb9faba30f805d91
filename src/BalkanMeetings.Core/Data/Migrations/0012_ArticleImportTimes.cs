using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BalkanMeetings.Core.Data.Migrations;

/// <summary>
/// An index on when each article was last imported: the about page says when the last import ran in one step into
/// it, where the largest time would otherwise read every article's row (docs/benchmarks.md). Frozen once released.
/// </summary>
[DbContext(typeof(BalkanMeetingsDbContext))]
[Migration("0012_ArticleImportTimes")]
public sealed class ArticleImportTimes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateIndex(name: "IX_Articles_ImportedAtUtc", table: "Articles", column: "ImportedAtUtc");
    }
}
