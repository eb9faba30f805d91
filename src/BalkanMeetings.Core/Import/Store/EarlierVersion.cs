using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Import.Store;

/// <summary>
/// What becomes of what a changed article's earlier version wrote: the meetings it no longer reports, and its
/// tables, quotes, spans and review flags, which make way for the new version's.
/// </summary>
internal sealed class EarlierVersion(BalkanMeetingsDbContext db, StoredArticle stored, ArticleCorrections corrections)
{
    /// <summary>A meeting the earlier version reported and the new one does not.</summary>
    public sealed record Left(Meeting Meeting, bool Sole, bool Kept);

    /// <summary>
    /// The earlier version's flags that stay: those an editor resolved or corrected, and the disagreements with
    /// corrections still open (nothing would raise them again). The same flag is not raised beside them.
    /// </summary>
    public List<ReviewFlag> Survivors { get; } = stored.Flags
        .Where(f => f.Status != FlagStatus.Open
            || corrections.AnyOn(nameof(ReviewFlag), f.Id)
            || (f.Kind == FlagKind.ArticleDisagreesWithCorrection && f.Field is not null))
        .ToList();

    // One only it reported goes, unless an editor corrected it (it stays, and a flag says the article dropped it);
    // one others report too loses this source and its participants.
    public List<Left> Leave(Meeting?[] matched, HashSet<int> unlinked)
    {
        var left = new List<Left>();
        foreach (var meeting in stored.Meetings.Where(m => !matched.Contains(m)))
        {
            var sole = stored.IsSoleSource(meeting);
            var kept = sole && corrections.AnyOn(nameof(Meeting), meeting.Id);
            left.Add(new Left(meeting, sole, kept));
            if (kept)
            {
                continue;
            }

            if (sole)
            {
                unlinked.UnionWith(meeting.Initiatives.Select(i => i.InitiativeId));
                db.Remove(meeting);
                continue;
            }

            var source = meeting.Sources.Single(s => s.ArticleId == stored.Article.Id);
            meeting.Sources.Remove(source);
            db.Remove(source);
            if (!corrections.Has(nameof(Meeting), meeting.Id, MeetingRecord.Participants))
            {
                foreach (var participation in meeting.Participants.Where(p => p.ArticleId == stored.Article.Id).ToList())
                {
                    meeting.Participants.Remove(participation);
                    db.Remove(participation);
                }
            }

            meeting.Version++;
        }

        return left;
    }

    /// <summary>Deletes the earlier version's tables, quotes, spans and the flags that do not survive.</summary>
    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        var articleId = stored.Article.Id;
        await db.SourceSpans.Where(s => s.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.Quotes.Where(q => q.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.ArticleTables.Where(t => t.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        var replaced = stored.Flags.Except(Survivors).Select(f => f.Id).ToList();
        await db.ReviewFlags.Where(f => replaced.Contains(f.Id)).ExecuteDeleteAsync(cancellationToken);
    }
}
