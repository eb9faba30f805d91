using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Data;

/// <summary>Brings a database, new or old, up to the latest schema by applying the pending migrations.</summary>
public sealed class DatabaseInitializer(BalkanMeetingsDbContext db)
{
    // On PostgreSQL, verbs and sites on other machines may migrate one database at once. EF's own migration lock is
    // let go between migrations, so a second migrator can read the history before the first has finished and apply
    // a migration twice; this session lock is held across the whole run.
    private const string PostgresLock = "SELECT pg_advisory_lock(4775531660716132464)";
    private const string PostgresUnlock = "SELECT pg_advisory_unlock(4775531660716132464)";

    /// <summary>Applies the pending migrations in order and returns their ids (empty when already current).</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            return await MigrateHeldAsync(cancellationToken).ConfigureAwait(false);
        }

        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await db.Database.ExecuteSqlRawAsync(PostgresLock, cancellationToken).ConfigureAwait(false);
            try
            {
                return await MigrateHeldAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync(PostgresUnlock, CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyList<string>> MigrateHeldAsync(CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        return pending;
    }
}
