using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BalkanMeetings.Core.Data.Migrations;

/// <summary>
/// Histories, recent changes and their feed are public, and showed an editor's e-mail address where the account was
/// added without a name. Such accounts get a neutral name (<c>Editor</c> and the start of their id) that an admin can
/// replace, and the revisions and resolved flags that carried an address carry the name instead. Frozen once released.
/// </summary>
[DbContext(typeof(BalkanMeetingsDbContext))]
[Migration("0008_PublicEditorNames")]
public sealed class PublicEditorNames : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.Sql(
            """
            UPDATE "AspNetUsers" SET "DisplayName" = 'Editor ' || substr("Id", 1, 8)
            WHERE "DisplayName" LIKE '%@%' OR trim("DisplayName") = '';
            """);

        // The revision's own account where it is known, else the account with that address, else no name at all.
        migrationBuilder.Sql(
            """
            UPDATE "Revisions" SET "EditorName" = coalesce(
                (SELECT u."DisplayName" FROM "AspNetUsers" AS u WHERE u."Id" = "Revisions"."AccountId"),
                (SELECT u."DisplayName" FROM "AspNetUsers" AS u WHERE u."NormalizedEmail" = upper("Revisions"."EditorName")),
                'An editor')
            WHERE "EditorName" LIKE '%@%';
            """);
        migrationBuilder.Sql(
            """
            UPDATE "ReviewFlags" SET "ResolvedBy" = coalesce(
                (SELECT u."DisplayName" FROM "AspNetUsers" AS u WHERE u."NormalizedEmail" = upper("ReviewFlags"."ResolvedBy")),
                'An editor')
            WHERE "ResolvedBy" LIKE '%@%';
            """);
    }
}
