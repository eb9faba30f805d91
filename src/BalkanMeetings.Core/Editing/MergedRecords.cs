using System.Globalization;
using BalkanMeetings.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// The fields merges and splits record beyond those of the edit forms, and where the address of a merged-away meeting
/// or person leads: the record it was merged into.
/// </summary>
public static class MergedRecords
{
    /// <summary>On a record merged away: the id of the record it was merged into; null while the record exists.</summary>
    public const string MergedInto = "MergedInto";

    /// <summary>On a meeting split off another: the id of that meeting; null before the split.</summary>
    public const string SplitFrom = "SplitFrom";

    /// <summary>A meeting's source articles, as a list of article ids.</summary>
    public const string Sources = "Sources";

    // Enough for any real chain of merges; a longer one (or a loop) leads nowhere instead of on forever.
    private const int MaxHops = 16;

    /// <summary>
    /// The record that now holds <paramref name="id"/>, following merges of merges; null when the id was never merged
    /// away, the merge was reverted, or the record it went into is gone too.
    /// </summary>
    public static async Task<int?> KeptAsync(BalkanMeetingsDbContext db, string recordType, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        for (var hop = 0; hop < MaxHops; hop++)
        {
            // The latest word on the record: a revert of the merge sets MergedInto back to empty.
            var recordId = id;
            var mergedInto = await db.RevisionChanges
                .Where(c => c.RecordType == recordType && c.RecordId == recordId && c.Field == MergedInto)
                .OrderByDescending(c => c.Id)
                .Select(c => c.After)
                .FirstOrDefaultAsync(cancellationToken);
            if (!int.TryParse(mergedInto, NumberStyles.None, CultureInfo.InvariantCulture, out id))
            {
                return null;
            }

            if (await RecordMoves.ExistsAsync(db, recordType, id, cancellationToken))
            {
                return id;
            }
        }

        return null;
    }
}
