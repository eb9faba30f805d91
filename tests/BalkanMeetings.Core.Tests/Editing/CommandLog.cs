using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BalkanMeetings.Core.Tests.Editing;

/// <summary>Every SQL command a context sends, in order, to show what a save costs.</summary>
internal sealed class CommandLog : DbCommandInterceptor
{
    private readonly List<string> _commands = [];

    public IReadOnlyList<string> Commands => _commands;

    /// <summary>The commands that read from the table, as its own FROM or a JOIN to it.</summary>
    public int Reading(string table) => _commands.Count(c => c.StartsWith("SELECT", StringComparison.Ordinal) && c.Contains($"\"{table}\" AS", StringComparison.Ordinal));

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        base.ReaderExecuting(Log(command), eventData, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        base.ReaderExecutingAsync(Log(command), eventData, result, cancellationToken);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        base.ScalarExecutingAsync(Log(command), eventData, result, cancellationToken);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        base.NonQueryExecutingAsync(Log(command), eventData, result, cancellationToken);

    private DbCommand Log(DbCommand command)
    {
        lock (_commands)
        {
            _commands.Add(command.CommandText.TrimStart());
        }

        return command;
    }
}
