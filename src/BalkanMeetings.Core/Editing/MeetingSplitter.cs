using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// Splits a wrongly merged meeting: the chosen source articles move to a new meeting with what they brought (their
/// participants, quotes, spans and flags, the topics and initiatives their words support) and a copy of the meeting's
/// own fields and countries. One revision on the original records both meetings' changes; reverting it folds the new
/// meeting back. See docs/editing.md#merging-and-splitting.
/// </summary>
public sealed class MeetingSplitter(BalkanMeetingsDbContext db, RecordRestructurer restructurer)
{
    /// <summary>The form field listing the articles that move.</summary>
    public const string Articles = "Articles";

    private static readonly string[] CopiedFields =
    [
        MeetingRecord.Title, MeetingRecord.Date, MeetingRecord.DateOrigin, MeetingRecord.City, MeetingRecord.Venue,
        MeetingRecord.Kind, MeetingRecord.Status, MeetingRecord.Summary, MeetingRecord.Countries,
    ];

    /// <summary>What is wrong with moving <paramref name="chosen"/> of a meeting's <paramref name="sources"/> away, by field; empty when nothing is.</summary>
    public static IReadOnlyDictionary<string, string> Check(IReadOnlyCollection<int> sources, IReadOnlyCollection<int> chosen)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(chosen);
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (sources.Count < 2)
        {
            problems[Articles] = "Only a meeting reported by two or more articles can be split.";
        }
        else if (chosen.Count == 0)
        {
            problems[Articles] = "Choose the articles that report the other meeting.";
        }
        else if (!chosen.All(sources.Contains))
        {
            problems[Articles] = "Choose among this meeting's own articles.";
        }
        else if (sources.All(chosen.Contains))
        {
            problems[Articles] = "Leave at least one article with this meeting; those chosen move to a new one.";
        }

        return problems;
    }

    /// <summary>
    /// Moves the articles <paramref name="articleIds"/> of the meeting to a new one; <see cref="EditStatus.NotFound"/>
    /// when the meeting is not there. A saved split's <see cref="EditResult.RecordId"/> is the new meeting's id (the
    /// revision itself is listed under the original).
    /// </summary>
    public async Task<EditResult> SplitAsync(int meetingId, IReadOnlyCollection<int> articleIds, string? reason, EditorIdentity who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (!await db.Meetings.AnyAsync(m => m.Id == meetingId, cancellationToken))
        {
            return EditResult.NotFound;
        }

        var sources = await db.MeetingSources.Where(s => s.MeetingId == meetingId).Select(s => s.ArticleId).ToListAsync(cancellationToken);
        var moving = articleIds.ToHashSet();
        var created = new Meeting { Title = string.Empty, Version = 1 };
        var result = await restructurer.RestructureAsync(RevisionKind.Split, nameof(Meeting), meetingId, reason, who, Check(sources, moving), ct => PlanAsync(meetingId, moving, created, ct), cancellationToken);
        return result.Status == EditStatus.Saved ? EditResult.Saved(result.RevisionId!.Value, created.Id) : result;
    }

    // The new meeting comes from the caller so that the id it gets when added here reaches the result.
    private async Task<IReadOnlyList<FieldChange>?> PlanAsync(int originalId, HashSet<int> moving, Meeting created, CancellationToken cancellationToken)
    {
        var original = await RecordMoves.LoadAsync(db, nameof(Meeting), originalId, cancellationToken);
        var sources = MeetingRecord.ReadIds(original?.GetValueOrDefault(MergedRecords.Sources));
        if (original is null || Check(sources, moving).Count > 0)
        {
            return null;
        }

        // Topics and initiatives go with the articles whose words support them, and stay where other words do too;
        // those no article supports (an editor's) stay.
        var spans = await db.SourceSpans
            .Where(s => sources.Contains(s.ArticleId) && (s.RecordType == nameof(Topic) || s.RecordType == nameof(Initiative)))
            .Select(s => new { s.ArticleId, s.RecordType, s.RecordId })
            .ToListAsync(cancellationToken);
        (string? Moving, string? Staying) Divide(string field, string recordType)
        {
            var ids = MeetingRecord.ReadIds(original[field]);
            bool Supported(int id, bool byMoving) => spans.Any(s => s.RecordType == recordType && s.RecordId == id && moving.Contains(s.ArticleId) == byMoving);
            return (MeetingRecord.List(ids.Where(id => Supported(id, true))), MeetingRecord.List(ids.Where(id => !Supported(id, true) || Supported(id, false))));
        }

        var participants = MeetingRecord.ReadParticipants(original[MeetingRecord.Participants]);
        var leaving = participants.Where(p => p.ArticleId is { } article && moving.Contains(article)).ToList();

        // The new meeting's id is needed for the changes that point at it; its fields follow from them.
        db.Meetings.Add(created);
        await db.SaveChangesAsync(cancellationToken);

        var (newId, originalText, newText) = (created.Id, RecordMoves.Id(originalId), RecordMoves.Id(created.Id));
        var changes = new ChangeList();
        changes.Set(nameof(Meeting), newId, MergedRecords.SplitFrom, null, originalText);
        foreach (var field in CopiedFields)
        {
            changes.Set(nameof(Meeting), newId, field, null, original[field]);
        }

        foreach (var (field, recordType) in new[] { (MeetingRecord.Topics, nameof(Topic)), (MeetingRecord.Initiatives, nameof(Initiative)) })
        {
            var (goes, stays) = Divide(field, recordType);
            changes.Set(nameof(Meeting), newId, field, null, goes);
            changes.Set(nameof(Meeting), originalId, field, original[field], stays);
        }

        changes.Set(nameof(Meeting), newId, MeetingRecord.Participants, null, MeetingRecord.WriteParticipants(leaving));
        changes.Set(nameof(Meeting), originalId, MeetingRecord.Participants, original[MeetingRecord.Participants], MeetingRecord.WriteParticipants(participants.Except(leaving)));
        changes.Set(nameof(Meeting), newId, MergedRecords.Sources, null, MeetingRecord.List(moving));
        changes.Set(nameof(Meeting), originalId, MergedRecords.Sources, original[MergedRecords.Sources], MeetingRecord.List(sources.Except(moving)));
        foreach (var participant in leaving)
        {
            changes.Set(nameof(Participation), participant.Id, nameof(Participation.MeetingId), originalText, newText);
        }

        await MeetingRows.PlanAsync(db, changes, originalId, newId, moving, new Dictionary<int, int>(), cancellationToken);
        return changes.Changes;
    }
}
