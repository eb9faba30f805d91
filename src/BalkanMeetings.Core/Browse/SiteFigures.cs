using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Browse;

/// <summary>A meeting date as precise as it is known.</summary>
public sealed record KnownDate(DateOnly Date, DatePrecision Precision);

/// <summary>
/// The size of the data as the about page states it: meetings, source articles, open review flags, the dates the
/// meetings span and when the newest article was imported.
/// </summary>
/// <remarks>
/// Every read is a count over one index or a step into one, never a pass over the meetings' or articles' rows;
/// callers keep the figures per data version (<see cref="VersionedCache"/>), so the counts run once per write
/// (docs/benchmarks.md, "The about page's figures"). The import time is the largest <c>ImportedAtUtc</c>, one step
/// into its index, so an article imported again when it changed counts too.
/// </remarks>
public sealed record SiteFigures(
    int Meetings,
    int UndatedMeetings,
    int Articles,
    int OpenFlags,
    KnownDate? Earliest,
    KnownDate? Latest,
    DateTime? NewestImportUtc)
{
    public const string CacheKey = "site-figures";

    public static async Task<SiteFigures> LoadAsync(BalkanMeetingsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var meetings = db.Meetings.AsNoTracking();
        var dated = meetings.Where(m => m.Date != null);
        var earliest = await dated.OrderBy(m => m.Date).Select(m => new { m.Date, m.DatePrecision }).FirstOrDefaultAsync(cancellationToken);
        var latest = await dated.OrderByDescending(m => m.Date).Select(m => new { m.Date, m.DatePrecision }).FirstOrDefaultAsync(cancellationToken);
        var newestImport = await db.Articles.AsNoTracking()
            .OrderByDescending(a => a.ImportedAtUtc).Select(a => (DateTime?)a.ImportedAtUtc).FirstOrDefaultAsync(cancellationToken);

        return new SiteFigures(
            await meetings.CountAsync(cancellationToken),
            await meetings.CountAsync(m => m.Date == null, cancellationToken),
            await db.Articles.CountAsync(cancellationToken),
            // The review queue's own count of open flags, by the same index (ReviewQueueQuery).
            await db.ReviewFlags.CountAsync(f => f.Status == FlagStatus.Open, cancellationToken),
            earliest is null ? null : new KnownDate(earliest.Date!.Value, earliest.DatePrecision),
            latest is null ? null : new KnownDate(latest.Date!.Value, latest.DatePrecision),
            // SQLite hands back times without a kind; they were stored as UTC.
            newestImport is { } imported ? DateTime.SpecifyKind(imported, DateTimeKind.Utc) : null);
    }
}
