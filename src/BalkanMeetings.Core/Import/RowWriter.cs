using System.Data.Common;
using System.Globalization;
using BalkanMeetings.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace BalkanMeetings.Core.Import;

/// <summary>
/// Runs the import's SQL as prepared statements, one per statement text, kept for the whole run on its one connection
/// and reused for every article: each row costs a bind and a step, not a parse and a trip through EF's change tracker
/// (which dominated import time; see docs/benchmarks.md). Values bind to <c>@p0</c>, <c>@p1</c>, … in order; an id
/// comes back from <c>RETURNING</c>. The SQL is plain and runs on any provider. Every statement runs inside the
/// article's transaction. On SQLite, statements that write run on SQLite's own API (<see cref="SqliteRowStatement"/>).
/// A row writer writes on one connection, open for the writer's whole life: its statements belong to it.
/// </summary>
internal sealed class RowWriter(BalkanMeetingsDbContext db) : IAsyncDisposable
{
    // Enough rows that a statement's own cost is shared out; few enough that its text stays short.
    private const int RowsPerStatement = 32;

    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    private readonly Dictionary<(string Insert, string Ending, int Rows), string> _manyRowsSql = [];

    private readonly Dictionary<string, SqliteRowStatement> _sqliteStatements = new(StringComparer.Ordinal);

    /// <summary>A list bound to a primitive collection's column, as the provider stores one: an array on PostgreSQL, JSON text on SQLite.</summary>
    public object ListValue(IReadOnlyList<string> values) =>
        db.Database.IsSqlite() ? System.Text.Json.JsonSerializer.Serialize(values) : values.ToArray();

    /// <summary>
    /// Statements whose result nothing reads, held back on PostgreSQL between <see cref="HoldBack"/> and
    /// <see cref="FlushAsync"/> and sent together: each would otherwise be a round trip to the server. A statement that
    /// reads (an insert's id, a query) sends what is held first, so everything still runs in the order written.
    /// </summary>
    private NpgsqlBatch? _held;

    /// <summary>From here to <see cref="FlushAsync"/>, statements are held back where the provider gains by it.</summary>
    public void HoldBack()
    {
        if (db.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            _held ??= new NpgsqlBatch(connection);
        }
    }

    /// <summary>Sends what is held back and stops holding; on failure nothing held is kept for later.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SendHeldAsync(cancellationToken);
        }
        finally
        {
            Discard();
        }
    }

    /// <summary>Drops what is held back unsent, as when the article's savepoint is rolled back.</summary>
    public void Discard()
    {
        _held?.Dispose();
        _held = null;
    }

    /// <summary>Runs a statement (or holds it back, see <see cref="HoldBack"/>).</summary>
    public async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params object?[] values)
    {
        if (SqliteStatement(sql, values.Length) is { } statement)
        {
            statement.Run(values);
            return;
        }

        if (_held is not null)
        {
            var command = new NpgsqlBatchCommand(sql);
            for (var k = 0; k < values.Length; k++)
            {
                command.Parameters.Add(new NpgsqlParameter("p" + k.ToString(CultureInfo.InvariantCulture), values[k] ?? DBNull.Value));
            }

            _held.BatchCommands.Add(command);
            return;
        }

        await Bind(sql, values).ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Inserts <paramref name="rows"/> with <paramref name="insert"/> (<c>INSERT INTO "Table" ("A", "B")</c>, to which
    /// the values and then <paramref name="ending"/> are added), many rows to a statement: each statement has a cost
    /// of its own beside its rows', and an article has tens of rows of some kinds.
    /// </summary>
    public async Task InsertRowsAsync(string insert, string ending, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        for (var first = 0; first < rows.Count; first += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, rows.Count - first);
            var values = rows.Skip(first).Take(count).SelectMany(row => row).ToArray();
            await ExecuteAsync(ManyRowsSql(insert, ending, count, values.Length / count), cancellationToken, values);
        }
    }

    private string ManyRowsSql(string insert, string ending, int count, int columns)
    {
        if (!_manyRowsSql.TryGetValue((insert, ending, count), out var sql))
        {
            var rows = Enumerable.Range(0, count)
                .Select(row => "(" + string.Join(", ", Enumerable.Range(row * columns, columns).Select(k => "@p" + k.ToString(CultureInfo.InvariantCulture))) + ")");
            sql = $"{insert} VALUES {string.Join(", ", rows)} {ending}".TrimEnd();
            _manyRowsSql[(insert, ending, count)] = sql;
        }

        return sql;
    }

    /// <summary>Runs an <c>INSERT … RETURNING "Id"</c> and returns the new row's id.</summary>
    public async Task<int> InsertAsync(string sql, CancellationToken cancellationToken, params object?[] values)
    {
        if (SqliteStatement(sql, values.Length) is { } statement)
        {
            return checked((int)(statement.Run(values) ?? throw new InvalidOperationException($"No id came back from {sql}")));
        }

        await SendHeldAsync(cancellationToken);
        return Convert.ToInt32(await Bind(sql, values).ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a query and reads each row it returns.</summary>
    public async Task<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken, params object?[] values)
    {
        await SendHeldAsync(cancellationToken);
        var rows = new List<T>();
        await using var reader = await Bind(sql, values).ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private async Task SendHeldAsync(CancellationToken cancellationToken)
    {
        if (_held is not { BatchCommands.Count: > 0 })
        {
            return;
        }

        _held.Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are written inside the article's transaction.");
        await _held.ExecuteNonQueryAsync(cancellationToken);
        _held.BatchCommands.Clear();
    }

    /// <summary>On SQLite, the statement prepared for <paramref name="sql"/>; null on PostgreSQL.</summary>
    private SqliteRowStatement? SqliteStatement(string sql, int count)
    {
        if (db.Database.GetDbConnection() is not SqliteConnection connection)
        {
            return null;
        }

        // Only inside the article's transaction, as on PostgreSQL, where the command is given it.
        _ = Transaction();
        if (!_sqliteStatements.TryGetValue(sql, out var statement))
        {
            statement = SqliteRowStatement.Prepare(
                connection.Handle ?? throw new InvalidOperationException("Rows are written on an open connection."), sql, count);
            _sqliteStatements[sql] = statement;
        }

        return statement;
    }

    private DbTransaction Transaction() =>
        db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are written inside the article's transaction.");

    private DbCommand Bind(string sql, object?[] values)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            for (var k = 0; k < values.Length; k++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@p" + k.ToString(CultureInfo.InvariantCulture);
                command.Parameters.Add(parameter);
            }

            _commands[sql] = command;
        }

        command.Transaction = Transaction();
        for (var k = 0; k < values.Length; k++)
        {
            command.Parameters[k].Value = values[k] ?? DBNull.Value;
        }

        return command;
    }

    public async ValueTask DisposeAsync()
    {
        Discard();
        foreach (var statement in _sqliteStatements.Values)
        {
            statement.Dispose();
        }

        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }
    }
}
