using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace BalkanMeetings.Core.Tests.Import;

/// <summary>
/// Every statement SQLite runs on the connections a context opens, whether EF sent it or the import's prepared
/// statements did (which bypass EF's command interceptors); statements run by triggers are left out.
/// </summary>
internal sealed class StatementLog : DbConnectionInterceptor
{
    private readonly List<string> _statements = [];

    // Kept alive as long as the log: SQLite holds only a pointer to it.
    private readonly strdelegate_trace _trace;

    public StatementLog() => _trace = (_, sql) => Add(sql);

    public IReadOnlyList<string> Statements
    {
        get
        {
            lock (_statements)
            {
                return [.. _statements];
            }
        }
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Trace(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Trace(connection);
        return Task.CompletedTask;
    }

    private void Trace(DbConnection connection) => raw.sqlite3_trace(((SqliteConnection)connection).Handle, _trace, null);

    private void Add(string sql)
    {
        if (sql.StartsWith("--", StringComparison.Ordinal))
        {
            return;
        }

        lock (_statements)
        {
            _statements.Add(sql.TrimStart());
        }
    }
}
