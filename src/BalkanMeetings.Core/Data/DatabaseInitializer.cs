using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Data;

/// <summary>Brings a database, new or old, up to the latest schema by applying the pending migrations.</summary>
public sealed class DatabaseInitializer(BalkanMeetingsDbContext db)
{
    /// <summary>Applies the pending migrations in order and returns their ids (empty when already current).</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        return pending;
    }
}
