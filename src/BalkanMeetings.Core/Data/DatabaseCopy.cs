using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace BalkanMeetings.Core.Data;

/// <summary>How many rows of one table were copied.</summary>
public sealed record CopiedTable(string Table, long Rows);

/// <summary>
/// Copies a whole database into an empty one, typically a SQLite file into PostgreSQL (docs/deployment.md): every
/// table the model maps (meetings, sources, revisions, flags, editors' accounts, data-protection keys), ids kept, in
/// one transaction on the target, which is committed only when every table's count matches the source's.
/// </summary>
public static class DatabaseCopy
{
    /// <summary>Tables written by the migrations themselves; their rows are replaced, not added to.</summary>
    private static readonly string[] SeededByMigrations = ["DataVersion"];

    /// <exception cref="InvalidOperationException">The target holds data already, or a count did not match.</exception>
    public static async Task<IReadOnlyList<CopiedTable>> CopyAsync(BalkanMeetingsDbContext source, BalkanMeetingsDbContext target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);

        // Both at the latest schema, so every table and column the model names is there on each side.
        await new DatabaseInitializer(source).MigrateAsync(cancellationToken);
        await new DatabaseInitializer(target).MigrateAsync(cancellationToken);
        var tables = InDependencyOrder(target.Model.GetRelationalModel().Tables.ToList());

        await source.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await target.Database.BeginTransactionAsync(cancellationToken);
        var copied = new List<CopiedTable>();
        foreach (var table in tables)
        {
            var seeded = SeededByMigrations.Contains(table.Name, StringComparer.Ordinal);
            if (!seeded && await CountAsync(target, table.Name, cancellationToken) > 0)
            {
                throw new InvalidOperationException($"the target database already holds data (table {table.Name}); copy only into an empty database.");
            }

            if (seeded)
            {
                await ExecuteAsync(target, $"DELETE FROM \"{table.Name}\"", cancellationToken);
            }

            var rows = await CopyRowsAsync(source, target, table, cancellationToken);
            var inTarget = await CountAsync(target, table.Name, cancellationToken);
            if (inTarget != rows)
            {
                throw new InvalidOperationException($"table {table.Name}: {rows} rows read but {inTarget} in the target; nothing was copied.");
            }

            copied.Add(new CopiedTable(table.Name, rows));
        }

        await ContinueIdentitiesAsync(target, tables, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return copied;
    }

    /// <summary>Principal tables before the tables that point at them, so every foreign key holds as rows arrive.</summary>
    private static List<ITable> InDependencyOrder(List<ITable> tables)
    {
        var ordered = new List<ITable>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        while (ordered.Count < tables.Count)
        {
            var ready = tables.Where(t => !placed.Contains(t.Name)
                && t.ForeignKeyConstraints.All(k => k.PrincipalTable.Name == t.Name || placed.Contains(k.PrincipalTable.Name))).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException("The tables' foreign keys form a cycle; they cannot be copied in order.");
            }

            ordered.AddRange(ready.OrderBy(t => t.Name, StringComparer.Ordinal));
            placed.UnionWith(ready.Select(t => t.Name));
        }

        return ordered;
    }

    private static async Task<long> CopyRowsAsync(BalkanMeetingsDbContext source, BalkanMeetingsDbContext target, ITable table, CancellationToken cancellationToken)
    {
        var columns = table.Columns.ToList();
        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        var sourceTypes = columns.Select(c => SourceColumn(source, table.Name, c.Name).ProviderClrType).ToList();

        await using var read = source.Database.GetDbConnection().CreateCommand();
        read.CommandText = $"SELECT {names} FROM \"{table.Name}\"";
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        if (target.Database.GetDbConnection() is NpgsqlConnection postgres)
        {
            return await CopyInAsync(postgres, table.Name, names, columns, sourceTypes, reader, cancellationToken);
        }

        await using var insert = target.Database.GetDbConnection().CreateCommand();
        insert.Transaction = target.Database.CurrentTransaction!.GetDbTransaction();
        insert.CommandText = $"INSERT INTO \"{table.Name}\" ({names}) VALUES ({string.Join(", ", columns.Select((_, k) => "@p" + k.ToString(CultureInfo.InvariantCulture)))})";
        foreach (var k in Enumerable.Range(0, columns.Count))
        {
            var parameter = insert.CreateParameter();
            parameter.ParameterName = "@p" + k.ToString(CultureInfo.InvariantCulture);
            insert.Parameters.Add(parameter);
        }

        long rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            for (var k = 0; k < columns.Count; k++)
            {
                insert.Parameters[k].Value = reader.IsDBNull(k) ? DBNull.Value : Convert(ReadValue(reader, k, sourceTypes[k]), columns[k].ProviderClrType);
            }

            await insert.ExecuteNonQueryAsync(cancellationToken);
            rows++;
        }

        return rows;
    }

    /// <summary>PostgreSQL takes the rows in one binary <c>COPY</c>, many times faster than a statement per row.</summary>
    private static async Task<long> CopyInAsync(
        NpgsqlConnection postgres, string table, string names, List<IColumn> columns, List<Type> sourceTypes, DbDataReader reader, CancellationToken cancellationToken)
    {
        long rows = 0;
        await using var writer = await postgres.BeginBinaryImportAsync($"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            await writer.StartRowAsync(cancellationToken);
            for (var k = 0; k < columns.Count; k++)
            {
                if (reader.IsDBNull(k))
                {
                    await writer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await writer.WriteAsync(Convert(ReadValue(reader, k, sourceTypes[k]), columns[k].ProviderClrType), cancellationToken);
                }
            }

            rows++;
        }

        await writer.CompleteAsync(cancellationToken);
        return rows;
    }

    private static IColumn SourceColumn(BalkanMeetingsDbContext source, string table, string column) =>
        source.Model.GetRelationalModel().FindTable(table, null)?.FindColumn(column)
        ?? throw new InvalidOperationException($"The source has no column {table}.{column}.");

    /// <summary>A stored value as the source provider's reader gives its type (SQLite keeps dates and times as text).</summary>
    private static object ReadValue(DbDataReader reader, int ordinal, Type type) => type switch
    {
        _ when type == typeof(DateOnly) => reader.GetFieldValue<DateOnly>(ordinal),
        _ when type == typeof(DateTime) => reader.GetFieldValue<DateTime>(ordinal),
        _ when type == typeof(DateTimeOffset) => reader.GetFieldValue<DateTimeOffset>(ordinal),
        _ when type == typeof(bool) => reader.GetFieldValue<bool>(ordinal),
        _ when type == typeof(int) => reader.GetFieldValue<int>(ordinal),
        _ when type == typeof(long) => reader.GetFieldValue<long>(ordinal),
        _ when type == typeof(double) => reader.GetFieldValue<double>(ordinal),
        _ => reader.GetValue(ordinal),
    };

    /// <summary>
    /// A value as the target provider stores it: times in UTC (which every time the app writes is), and a list kept as
    /// JSON text on one side as an array on the other.
    /// </summary>
    private static object Convert(object value, Type targetType) => value switch
    {
        DateTime time => DateTime.SpecifyKind(time, DateTimeKind.Utc),
        DateTimeOffset time => time.ToUniversalTime(),
        string json when targetType != typeof(string) && targetType.IsAssignableTo(typeof(IEnumerable<string>)) =>
            JsonSerializer.Deserialize<string[]>(json) ?? [],
        IEnumerable<string> list when targetType == typeof(string) => JsonSerializer.Serialize(list),
        _ => value,
    };

    /// <summary>New rows continue each identity column after the highest id copied, as they would have in the source.</summary>
    private static async Task ContinueIdentitiesAsync(BalkanMeetingsDbContext target, List<ITable> tables, CancellationToken cancellationToken)
    {
        if (!target.Database.IsNpgsql())
        {
            return;
        }

        foreach (var table in tables.Where(t => t.FindColumn("Id")?.ProviderClrType == typeof(int)))
        {
            await ExecuteAsync(
                target,
                $"SELECT setval(pg_get_serial_sequence('\"{table.Name}\"', 'Id'), COALESCE(MAX(\"Id\"), 0) + 1, false) FROM \"{table.Name}\" WHERE pg_get_serial_sequence('\"{table.Name}\"', 'Id') IS NOT NULL",
                cancellationToken);
        }
    }

    private static async Task<long> CountAsync(BalkanMeetingsDbContext db, string table, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        await db.Database.OpenConnectionAsync(cancellationToken);
        return System.Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(BalkanMeetingsDbContext db, string sql, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
