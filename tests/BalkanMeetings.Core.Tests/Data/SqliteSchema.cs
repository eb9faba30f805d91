using System.Globalization;
using BalkanMeetings.Core.Data.Migrations;
using Microsoft.Data.Sqlite;

namespace BalkanMeetings.Core.Tests.Data;

/// <summary>
/// The schema of a SQLite file as sorted lines (tables, columns, keys, indexes, foreign keys), so two schemas
/// compare line by line whatever order their columns were created in.
/// </summary>
internal static class SqliteSchema
{
    public static async Task<List<string>> DescribeAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();

        var lines = new List<string>();
        foreach (var table in await TablesAsync(connection))
        {
            var sql = (string)(await TestDatabase.QueryAsync(
                connection, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = $t", ("$t", table)))[0][0]!;
            lines.Add($"table {table}{(sql.Contains("AUTOINCREMENT", StringComparison.Ordinal) ? " autoincrement" : "")}");

            foreach (var c in await TestDatabase.QueryAsync(
                connection, "SELECT name, type, \"notnull\", pk, dflt_value FROM pragma_table_info($t)", ("$t", table)))
            {
                lines.Add(Invariant($"column {table}.{c[0]} {c[1]} notnull={c[2]} pk={c[3]} default={c[4]}"));
            }

            foreach (var i in await TestDatabase.QueryAsync(
                connection, "SELECT name, \"unique\", origin FROM pragma_index_list($t)", ("$t", table)))
            {
                var columns = (await TestDatabase.QueryAsync(
                    connection, "SELECT name FROM pragma_index_info($i) ORDER BY seqno", ("$i", i[0]!)))
                    .Select(r => (string)r[0]!);
                lines.Add(Invariant($"index {table}.{i[0]} unique={i[1]} origin={i[2]} ({string.Join(", ", columns)})"));
            }

            foreach (var f in await TestDatabase.QueryAsync(
                connection,
                "SELECT \"from\", \"table\", \"to\", on_update, on_delete FROM pragma_foreign_key_list($t)",
                ("$t", table)))
            {
                lines.Add(Invariant($"foreign key {table}.{f[0]} -> {f[1]}.{f[2]} on update {f[3]} on delete {f[4]}"));
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>
    /// The app's tables: neither SQLite's own, nor EF's migration bookkeeping, nor the full-text index (virtual
    /// tables, their shadow tables and the import's deferral table, which the migrations create outside the model).
    /// </summary>
    public static async Task<List<string>> TablesAsync(SqliteConnection connection) =>
        (await TestDatabase.QueryAsync(
            connection,
            """
            SELECT name FROM sqlite_master AS m
            WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE '\_\_EF%' ESCAPE '\'
              AND name <> $deferral
              AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'
              AND NOT EXISTS (SELECT 1 FROM sqlite_master AS v
                              WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%' AND m.name LIKE v.name || '\_%' ESCAPE '\')
            ORDER BY name
            """,
            ("$deferral", SqliteFullText.DeferralTable)))
        .Select(r => (string)r[0]!)
        .ToList();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
