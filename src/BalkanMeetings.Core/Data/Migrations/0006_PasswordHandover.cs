using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BalkanMeetings.Core.Data.Migrations;

/// <summary>
/// Marks the accounts whose password the site made and an admin handed over, so their editor chooses their own before
/// editing (docs/editing.md#managing-editors). Existing accounts chose theirs. Frozen once released.
/// </summary>
[DbContext(typeof(BalkanMeetingsDbContext))]
[Migration("0006_PasswordHandover")]
public sealed class PasswordHandover : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.AddColumn<bool>("MustChangePassword", "AspNetUsers", nullable: false, defaultValue: false);
    }
}
