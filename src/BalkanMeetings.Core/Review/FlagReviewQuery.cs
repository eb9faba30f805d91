using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Core.Import.Extraction;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Review;

/// <summary>
/// Everything an editor weighs before resolving one flag: the flag, the meeting, the article's words around the
/// flagged value, the record as it stands, and, for an office that does not fit the date, the person who held it.
/// </summary>
public sealed class FlagReviewQuery(BalkanMeetingsDbContext db)
{
    /// <summary>The flag, or null when there is none with that id.</summary>
    public async Task<FlagReview?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var flag = await db.ReviewFlags.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (flag is null)
        {
            return null;
        }

        var meeting = flag.MeetingId is { } meetingId
            ? await db.Meetings.AsNoTracking()
                .Where(m => m.Id == meetingId)
                .Select(m => new FlagMeeting(m.Id, m.Title, m.Date, m.DatePrecision))
                .SingleOrDefaultAsync(cancellationToken)
            : null;

        var participant = flag.RecordType == nameof(Participation) && flag.RecordId is { } participantId
            ? await db.Participations.AsNoTracking()
                .Where(p => p.Id == participantId)
                .Select(p => new ParticipantDetails(p.Id, p.PersonId, p.Person != null ? p.Person.Name : null, p.NameAsWritten, p.NameOrigin, p.Role, p.Organization, p.ArticleId))
                .SingleOrDefaultAsync(cancellationToken)
            : null;

        return new FlagReview(
            flag,
            meeting,
            await ExcerptAsync(flag, cancellationToken),
            participant,
            flag.Status == FlagStatus.Open ? await ReplacementAsync(flag, meeting, participant, cancellationToken) : null);
    }

    /// <summary>A resolved flag as the review queue confirms it: how it was resolved, and the meeting it is on while there is one.</summary>
    public sealed record Resolved(int Id, FlagKind Kind, FlagStatus Status, string? ResolvedBy, DateTime? ResolvedAtUtc, string? ResolutionNote, FlagMeetingTitle? Meeting);

    /// <summary>The meeting of a resolved flag, to name and link.</summary>
    public sealed record FlagMeetingTitle(int Id, string Title);

    /// <summary>The flag once resolved, or null when there is none with that id or it is still open.</summary>
    public async Task<Resolved?> ResolvedAsync(int id, CancellationToken cancellationToken) =>
        await db.ReviewFlags.AsNoTracking()
            .Where(f => f.Id == id && f.Status != FlagStatus.Open)
            .Select(f => new Resolved(
                f.Id,
                f.Kind,
                f.Status,
                f.ResolvedBy,
                f.ResolvedAtUtc,
                f.ResolutionNote,
                db.Meetings.Where(m => m.Id == f.MeetingId).Select(m => new FlagMeetingTitle(m.Id, m.Title)).SingleOrDefault()))
            .SingleOrDefaultAsync(cancellationToken);

    // The words the flagged record was read from, in the sentence they stand in.
    private async Task<ArticleExcerpt?> ExcerptAsync(ReviewFlag flag, CancellationToken cancellationToken)
    {
        if (flag.ArticleId is not { } articleId || flag.RecordId is not { } recordId)
        {
            return null;
        }

        var spans = await db.SourceSpans.AsNoTracking()
            .Where(s => s.ArticleId == articleId && s.RecordType == flag.RecordType && s.RecordId == recordId)
            .Select(s => new { s.Start, s.Length })
            .ToListAsync(cancellationToken);
        if (spans.Count == 0)
        {
            return null;
        }

        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Id == articleId)
            .Select(a => new { a.Title, a.FileName, a.NormalisedText })
            .SingleAsync(cancellationToken);
        return ArticleExcerpt.Around(articleId, article.Title ?? article.FileName, article.NormalisedText, spans.Min(s => s.Start), spans.Max(s => s.Start + s.Length));
    }

    // The one person the reference data says held the office the participant is given on the meeting's date.
    private async Task<PersonReplacement?> ReplacementAsync(ReviewFlag flag, FlagMeeting? meeting, ParticipantDetails? participant, CancellationToken cancellationToken)
    {
        if (flag.Kind != FlagKind.RoleDoesNotFitDate || meeting is null || participant is null
            || PartialDate.Period(meeting.Date, meeting.DatePrecision) is not var (from, to))
        {
            return null;
        }

        var holders = await db.Offices.AsNoTracking()
            .Where(o => o.Title == participant.Role && o.Organization == participant.Organization && o.Start <= to && (o.End == null || o.End >= from))
            .Select(o => new { o.PersonId, o.Person!.Name })
            .Distinct()
            .ToListAsync(cancellationToken);
        return holders is [var holder] && holder.PersonId != participant.PersonId
            ? new PersonReplacement(meeting.Id, participant.Id, participant.Label, holder.PersonId, holder.Name)
            : null;
    }
}

public sealed record FlagReview(ReviewFlag Flag, FlagMeeting? Meeting, ArticleExcerpt? Excerpt, ParticipantDetails? Participant, PersonReplacement? Replacement);

public sealed record FlagMeeting(int Id, string Title, DateOnly? Date, DatePrecision DatePrecision);

/// <summary>
/// The fix for a participant given an office someone else held on the date: the holder takes their place, with the
/// role and the article's spelling kept on the row.
/// </summary>
public sealed record PersonReplacement(int MeetingId, int ParticipantId, string Replaced, int HolderId, string Holder)
{
    /// <summary>The meeting's participants with the holder in the participant's place, from the meeting as the form showed it.</summary>
    public RecordState Propose(RecordState meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var participants = MeetingRecord.ReadParticipants(meeting.GetValueOrDefault(MeetingRecord.Participants))
            .Select(p => p.Id == ParticipantId ? p with { PersonId = HolderId } : p);
        return new RecordState { [MeetingRecord.Participants] = MeetingRecord.WriteParticipants(participants) };
    }
}

/// <summary>An article's sentence(s) around the flagged words: the text before them, the words, and the text after.</summary>
public sealed record ArticleExcerpt(int ArticleId, string ArticleTitle, string Before, string Words, string After)
{
    private const int Reach = 240;

    /// <summary>The words from <paramref name="start"/> to <paramref name="end"/> in the sentence around them, cut to a few hundred characters.</summary>
    public static ArticleExcerpt Around(int articleId, string articleTitle, string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);

        // Sentences are found as the importer finds them, within the paragraph and the reach either side.
        var paragraphStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var paragraphEnd = text.IndexOf('\n', end) is var newline and >= 0 ? newline : text.Length;
        var (from, to) = (Math.Max(paragraphStart, start - Reach), Math.Min(paragraphEnd, end + Reach));
        foreach (var (sentenceEnd, next) in SentenceSplitter.Boundaries(text, from, to))
        {
            if (next <= start)
            {
                from = next;
            }
            else if (sentenceEnd >= end)
            {
                to = sentenceEnd;
                break;
            }
        }

        var before = (from > 0 && from == start - Reach ? "…" : "") + text[from..start].TrimStart();
        var after = text[end..to].TrimEnd() + (to < text.Length && to == end + Reach ? "…" : "");
        return new ArticleExcerpt(articleId, articleTitle, before, text[start..end], after);
    }
}
