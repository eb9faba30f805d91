using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace BalkanMeetings.Core.Import;

/// <summary>
/// One of the import's statements prepared on SQLite itself, for <see cref="RowWriter"/>. An import runs each tens of
/// times per article; through Microsoft.Data.Sqlite every run also looked its parameters up by name, made a data
/// reader and a task, which cost about as much as the row (docs/benchmarks.md). Here a run is a bind per value by
/// position and a step. Values are stored as Microsoft.Data.Sqlite stores them, so EF reads them back the same.
/// </summary>
internal sealed class SqliteRowStatement : IDisposable
{
    private const string DateFormat = @"yyyy\-MM\-dd";
    private const string DateTimeFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF";

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    // The position of @p0, @p1, … in the statement: the order they are written in need not be their numbers'.
    private readonly int[] _positions;

    private SqliteRowStatement(sqlite3 db, sqlite3_stmt statement, int[] positions)
    {
        _db = db;
        _statement = statement;
        _positions = positions;
    }

    /// <summary>Prepares <paramref name="sql"/>, whose values are <c>@p0</c> … <c>@p{count - 1}</c>.</summary>
    public static SqliteRowStatement Prepare(sqlite3 db, string sql, int count)
    {
        Check(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
        var positions = new int[count];
        for (var k = 0; k < count; k++)
        {
            positions[k] = raw.sqlite3_bind_parameter_index(statement, "@p" + k.ToString(CultureInfo.InvariantCulture));
        }

        return new SqliteRowStatement(db, statement, positions);
    }

    /// <summary>Runs the statement to its end; returns the first column of its first row, if it returns one.</summary>
    public long? Run(object?[] values)
    {
        try
        {
            for (var k = 0; k < values.Length; k++)
            {
                Bind(_positions[k], values[k]);
            }

            long? first = null;
            int result;
            while ((result = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
            {
                first ??= raw.sqlite3_column_int64(_statement, 0);
            }

            Check(result == raw.SQLITE_DONE ? raw.SQLITE_OK : result, _db);
            return first;
        }
        finally
        {
            // Reset at once: a statement left running would hold the savepoint open against its rollback.
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Bind(int position, object? value) =>
        Check(
            value switch
            {
                null or DBNull => raw.sqlite3_bind_null(_statement, position),
                string text => raw.sqlite3_bind_text(_statement, position, text),
                int number => raw.sqlite3_bind_int64(_statement, position, number),
                long number => raw.sqlite3_bind_int64(_statement, position, number),
                bool flag => raw.sqlite3_bind_int64(_statement, position, flag ? 1 : 0),
                double number => raw.sqlite3_bind_double(_statement, position, number),
                DateOnly date => raw.sqlite3_bind_text(_statement, position, date.ToString(DateFormat, CultureInfo.InvariantCulture)),
                DateTime time => raw.sqlite3_bind_text(_statement, position, time.ToString(DateTimeFormat, CultureInfo.InvariantCulture)),
                _ => throw new NotSupportedException($"The import binds no value of type {value.GetType()}."),
            },
            _db);

    private static void Check(int result, sqlite3 db)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, db);
        }
    }
}
