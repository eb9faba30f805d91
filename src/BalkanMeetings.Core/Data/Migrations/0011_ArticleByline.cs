using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BalkanMeetings.Core.Data.Migrations;

/// <summary>
/// Who wrote an article and in what language, beside its outlet, address and date (docs/import.md#source-details):
/// read from the sidecar, the form an editor adds an article with, or the article's own header lines. Frozen once
/// released.
/// </summary>
[DbContext(typeof(BalkanMeetingsDbContext))]
[Migration("0011_ArticleByline")]
public sealed class ArticleByline : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.AddColumn<string>(name: "Byline", table: "Articles", type: "TEXT", maxLength: 200, nullable: true);
        migrationBuilder.AddColumn<string>(name: "Language", table: "Articles", type: "TEXT", maxLength: 35, nullable: true);
    }
}
