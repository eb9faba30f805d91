using System.Data.Common;
using BalkanMeetings.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BalkanMeetings.Core.Import;

/// <summary>
/// Runs the import's SQL as prepared statements, one per statement text, kept for the whole run on its one connection
/// and reused for every article: each row costs a bind and a step, not a parse and a trip through EF's change tracker
/// (which dominated import time; see docs/benchmarks.md). Values bind to <c>@p0</c>, <c>@p1</c>, … in order; an id
/// comes back from <c>RETURNING</c>. The SQL is plain and runs on any provider. Every statement runs inside the
/// article's transaction.
/// </summary>
internal sealed class RowWriter(BalkanMeetingsDbContext db) : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>A list bound to a primitive collection's column, as the provider stores one: an array on PostgreSQL, JSON text on SQLite.</summary>
    public object ListValue(IReadOnlyList<string> values) =>
        db.Database.IsSqlite() ? System.Text.Json.JsonSerializer.Serialize(values) : values.ToArray();

    /// <summary>Runs a statement and returns the number of rows it changed.</summary>
    public Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params object?[] values) =>
        Bind(sql, values).ExecuteNonQueryAsync(cancellationToken);

    /// <summary>Runs an <c>INSERT … RETURNING "Id"</c> and returns the new row's id.</summary>
    public async Task<int> InsertAsync(string sql, CancellationToken cancellationToken, params object?[] values) =>
        Convert.ToInt32(await Bind(sql, values).ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Runs a query and reads each row it returns.</summary>
    public async Task<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken, params object?[] values)
    {
        var rows = new List<T>();
        await using var reader = await Bind(sql, values).ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private DbCommand Bind(string sql, object?[] values)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            for (var k = 0; k < values.Length; k++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@p" + k.ToString(System.Globalization.CultureInfo.InvariantCulture);
                command.Parameters.Add(parameter);
            }

            _commands[sql] = command;
        }

        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are written inside the article's transaction.");
        for (var k = 0; k < values.Length; k++)
        {
            command.Parameters[k].Value = values[k] ?? DBNull.Value;
        }

        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }
    }
}
