using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BalkanMeetings.Core.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ArticleByline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Byline",
                table: "Articles",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "Articles",
                type: "character varying(35)",
                maxLength: 35,
                nullable: true,
                collation: "C");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Byline",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "Articles");
        }
    }
}
