using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Editing;

/// <summary>What points at a meeting by its id and must follow it when a merge or split moves things to another.</summary>
internal static class MeetingRows
{
    /// <summary>
    /// Plans moving, from one meeting to another, its quotes and the spans and flags on it: all of them, or those of
    /// <paramref name="articles"/> when given. Spans and flags on a participant that <paramref name="replaced"/> maps to
    /// another (the same participant already at the meeting a merge keeps) move to that one.
    /// </summary>
    public static async Task PlanAsync(
        BalkanMeetingsDbContext db,
        ChangeList changes,
        int from,
        int to,
        IReadOnlyCollection<int>? articles,
        IReadOnlyDictionary<int, int> replaced,
        CancellationToken cancellationToken)
    {
        var (fromText, toText) = (RecordMoves.Id(from), RecordMoves.Id(to));
        var replacedIds = replaced.Keys.ToList();
        int Target(string recordType, int recordId) => recordType == nameof(Meeting) ? to : replaced[recordId];

        var quotes = db.Quotes.Where(q => q.MeetingId == from);
        var spans = db.SourceSpans.Where(s => s.RecordType == nameof(Meeting) && s.RecordId == from);
        var flags = db.ReviewFlags.Where(f => f.MeetingId == from || (f.RecordType == nameof(Meeting) && f.RecordId == from));
        if (articles is not null)
        {
            quotes = quotes.Where(q => articles.Contains(q.ArticleId));
            spans = spans.Where(s => articles.Contains(s.ArticleId));
            flags = flags.Where(f => f.ArticleId != null && articles.Contains(f.ArticleId.Value));
        }

        spans = spans.Union(db.SourceSpans.Where(s => s.RecordType == nameof(Participation) && replacedIds.Contains(s.RecordId)));
        flags = flags.Union(db.ReviewFlags.Where(f => f.RecordType == nameof(Participation) && f.RecordId != null && replacedIds.Contains(f.RecordId.Value)));

        foreach (var id in await quotes.OrderBy(q => q.Id).Select(q => q.Id).ToListAsync(cancellationToken))
        {
            changes.Set(nameof(Quote), id, nameof(Quote.MeetingId), fromText, toText);
        }

        foreach (var span in await spans.OrderBy(s => s.Id).Select(s => new { s.Id, s.RecordType, s.RecordId }).ToListAsync(cancellationToken))
        {
            changes.Set(nameof(SourceSpan), span.Id, nameof(SourceSpan.RecordId), RecordMoves.Id(span.RecordId), RecordMoves.Id(Target(span.RecordType, span.RecordId)));
        }

        foreach (var flag in await flags.OrderBy(f => f.Id).Select(f => new { f.Id, f.MeetingId, f.RecordType, f.RecordId }).ToListAsync(cancellationToken))
        {
            if (flag.MeetingId == from)
            {
                changes.Set(nameof(ReviewFlag), flag.Id, nameof(ReviewFlag.MeetingId), fromText, toText);
            }

            if (flag.RecordId is { } recordId && (flag.RecordType == nameof(Meeting) ? recordId == from : flag.RecordType == nameof(Participation) && replaced.ContainsKey(recordId)))
            {
                changes.Set(nameof(ReviewFlag), flag.Id, nameof(ReviewFlag.RecordId), RecordMoves.Id(recordId), RecordMoves.Id(Target(flag.RecordType, recordId)));
            }
        }
    }
}
