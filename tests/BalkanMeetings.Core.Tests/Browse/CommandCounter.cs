using System.Data.Common;
using BalkanMeetings.Core.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BalkanMeetings.Core.Tests.Browse;

/// <summary>Counts the SQL commands a context sends, to show a page costs a fixed number of queries.</summary>
internal sealed class CommandCounter : DbCommandInterceptor
{
    public int Count { get; private set; }

    public static BalkanMeetingsDbContext Context(SeededDatabase seeded, CommandCounter counter) =>
        seeded.Database.Settings.CreateContext(counter);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count++;
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count++;
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }
}
