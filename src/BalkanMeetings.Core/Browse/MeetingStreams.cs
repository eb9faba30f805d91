using System.Runtime.CompilerServices;
using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Browse;

/// <summary>A meeting for a feed: its row and when its newest source article was imported (UTC).</summary>
public sealed record FeedEntry(MeetingRow Row, DateTime? ImportedAtUtc);

/// <summary>
/// Meetings of a filter beyond one page: every match for the exports, read in batches so no export holds the whole
/// result, and the most recently imported matches for the feed.
/// </summary>
public static class MeetingStreams
{
    public const int DefaultBatchSize = 500;

    /// <summary>
    /// Every meeting the filter leaves, in its sort order, ignoring page and size. Batches continue from the last
    /// row's (date, id) rather than skipping, so each batch costs the same however deep the export is.
    /// </summary>
    public static async IAsyncEnumerable<MeetingRow> StreamAsync(
        this MeetingBrowser browser,
        MeetingFilter filter,
        int batchSize = DefaultBatchSize,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);

        // The dated meetings, then the undated ones, as the list orders them.
        MeetingRow? last = null;
        while (true)
        {
            var meetings = browser.Apply(filter);
            if (last is not null)
            {
                meetings = After(meetings, last.Date!.Value, last.Id, filter.OldestFirst);
            }

            var batch = await browser.RowsAsync(MeetingBrowser.SortDated(meetings, filter.OldestFirst).Take(batchSize), cancellationToken);
            foreach (var row in batch)
            {
                yield return row;
            }

            if (batch.Count < batchSize)
            {
                break;
            }

            last = batch[^1];
        }

        last = null;
        while (true)
        {
            var meetings = browser.Apply(filter);
            if (last is not null)
            {
                var id = last.Id;
                meetings = filter.OldestFirst ? meetings.Where(m => m.Id > id) : meetings.Where(m => m.Id < id);
            }

            var batch = await browser.RowsAsync(MeetingBrowser.SortUndated(meetings, filter.OldestFirst).Take(batchSize), cancellationToken);
            foreach (var row in batch)
            {
                yield return row;
            }

            if (batch.Count < batchSize)
            {
                yield break;
            }

            last = batch[^1];
        }
    }

    /// <summary>
    /// The <paramref name="count"/> matching meetings whose sources were imported last, newest import first: what a
    /// feed reader following the filter has not seen yet, whatever the meetings' own dates.
    /// </summary>
    public static async Task<List<FeedEntry>> RecentlyImportedAsync(
        this MeetingBrowser browser, MeetingFilter filter, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(filter);

        var latest = await browser.Apply(filter)
            .Select(m => new { m.Id, Imported = m.Sources.Max(s => (DateTime?)s.Article!.ImportedAtUtc) })
            .OrderByDescending(m => m.Imported).ThenByDescending(m => m.Id)
            .Take(count)
            .ToListAsync(cancellationToken);
        var ids = latest.Select(m => m.Id).ToList();
        var rows = (await browser.RowsAsync(browser.Apply(new MeetingFilter()).Where(m => ids.Contains(m.Id)), cancellationToken))
            .ToDictionary(r => r.Id);

        // SQLite hands back times without a kind; they were stored as UTC.
        return latest
            .Where(m => rows.ContainsKey(m.Id))
            .Select(m => new FeedEntry(rows[m.Id], m.Imported is { } imported ? DateTime.SpecifyKind(imported, DateTimeKind.Utc) : null))
            .ToList();
    }

    /// <summary>One meeting's row, or null when there is no such meeting.</summary>
    public static async Task<MeetingRow?> RowAsync(this MeetingBrowser browser, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var rows = await browser.RowsAsync(browser.Apply(new MeetingFilter()).Where(m => m.Id == id), cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>The dated meetings that come after (date, id) in <see cref="MeetingBrowser.SortDated"/>'s order.</summary>
    private static IQueryable<Meeting> After(IQueryable<Meeting> meetings, DateOnly date, int id, bool oldestFirst) =>
        oldestFirst
            ? meetings.Where(m => m.Date > date || (m.Date == date && m.Id > id))
            : meetings.Where(m => m.Date < date || (m.Date == date && m.Id < id));
}
