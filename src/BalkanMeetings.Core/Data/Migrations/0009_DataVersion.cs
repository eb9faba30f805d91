using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BalkanMeetings.Core.Data.Migrations;

/// <summary>
/// The data version (<see cref="Domain.DataVersion"/>), one row that every write moves on and that pages, facet
/// counts and HTTP entity tags are cached by (docs/browsing.md#caching). Frozen once released.
/// </summary>
[DbContext(typeof(BalkanMeetingsDbContext))]
[Migration("0009_DataVersion")]
public sealed class DataVersionTable : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "DataVersion",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false),
                Value = table.Column<long>(type: "INTEGER", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DataVersion", x => x.Id));
        migrationBuilder.Sql("""INSERT INTO "DataVersion" ("Id", "Value") VALUES (1, 0);""");
    }
}
