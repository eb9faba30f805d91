using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BalkanMeetings.Core.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ArticleImportTimes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Articles_ImportedAtUtc",
                table: "Articles",
                column: "ImportedAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_ImportedAtUtc",
                table: "Articles");
        }
    }
}
