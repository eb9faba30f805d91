using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

namespace BalkanMeetings.Core.Data.Migrations;

/// <summary>Column shapes the migrations share that each provider spells its own way.</summary>
internal static class MigrationColumns
{
    /// <summary>
    /// An auto-numbered integer primary key. Every migration uses this, so only ever add the annotation of a
    /// new provider here (each provider ignores the others' annotations); never change what existing ones say.
    /// </summary>
    public static OperationBuilder<AddColumnOperation> IdentityKey(this ColumnsBuilder columns) =>
        // AUTOINCREMENT: SQLite never reuses the id of a deleted row, so old links cannot point at a new record.
        columns.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true);
}
