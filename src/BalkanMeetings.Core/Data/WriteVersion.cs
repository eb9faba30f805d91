using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Data;

/// <summary>Reads and moves on the <see cref="DataVersion"/>, the one count that every write to the data moves.</summary>
public static class WriteVersion
{
    /// <summary>
    /// The version now. Read it before the data it stands for: a write commits its data and its new version together,
    /// so data read after the version is never older than it.
    /// </summary>
    public static Task<long> ReadAsync(BalkanMeetingsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<DataVersion>().AsNoTracking().Where(v => v.Id == DataVersion.Row).Select(v => v.Value).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Moves the version on, inside the write's transaction so it commits (or rolls back) with the write.</summary>
    public static Task MoveOnAsync(BalkanMeetingsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<DataVersion>().Where(v => v.Id == DataVersion.Row)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Value, v => v.Value + 1), cancellationToken);
    }
}
