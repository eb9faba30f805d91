using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// Merges a meeting into the one kept when two records are the same meeting: the kept one gains the other's source
/// articles, participants (once each), countries, topics, initiatives and quotes, and the spans and flags on the
/// other point at it; the other goes. The kept meeting's own fields stay. One revision records it all, and reverting it
/// brings the other back under its old id. See docs/editing.md#merging-and-splitting.
/// </summary>
public sealed class MeetingMerger(BalkanMeetingsDbContext db, RecordRestructurer restructurer) : RecordMerger(db, restructurer)
{
    public const int SuggestionsShown = 20;

    /// <summary>A meeting the editor may mean.</summary>
    public sealed record Suggestion(int Id, string Title, DateOnly? Date, DatePrecision DatePrecision, string? City);

    /// <summary>
    /// A meeting as the merge and split pages show it: enough to tell two records of a meeting apart, and its articles
    /// from one another, without the article texts and provenance its own page loads.
    /// </summary>
    public sealed record Outline(
        int Id,
        string Title,
        DateOnly? Date,
        DatePrecision DatePrecision,
        ValueOrigin DateOrigin,
        string? City,
        string? Venue,
        MeetingKind Kind,
        MeetingStatus Status,
        IReadOnlyList<CountryRef> Countries,
        IReadOnlyList<ParticipantDetails> Participants,
        int Topics,
        IReadOnlyList<OutlineSource> Sources,
        int OpenFlags);

    /// <summary>A source article as a citation names it.</summary>
    public sealed record OutlineSource(int Id, string FileName, string? Title, string? Publisher, DateOnly? PublishedOn);

    /// <summary>
    /// The meeting, or null when there is none. Its open flags are counted as its page lists them: those on the meeting
    /// or its participants, and those about one of its articles as a whole.
    /// </summary>
    public async Task<Outline?> DescribeAsync(int id, CancellationToken cancellationToken) =>
        await Db.Meetings.AsNoTracking()
            .Where(m => m.Id == id)
            .Select(m => new Outline(
                m.Id,
                m.Title,
                m.Date,
                m.DatePrecision,
                m.DateOrigin,
                m.City,
                m.Venue,
                m.Kind,
                m.Status,
                m.Countries.OrderBy(c => c.Country!.Name).Select(c => new CountryRef(c.CountryCode, c.Country!.Name)).ToList(),
                m.Participants.OrderBy(p => p.Id)
                    .Select(p => new ParticipantDetails(p.Id, p.PersonId, p.Person != null ? p.Person.Name : null, p.NameAsWritten, p.NameOrigin, p.Role, p.Organization, p.ArticleId))
                    .ToList(),
                m.Topics.Count,
                m.Sources.OrderBy(s => s.ArticleId)
                    .Select(s => new OutlineSource(s.ArticleId, s.Article!.FileName, s.Article.Title, s.Article.Publisher, s.Article.PublishedOn))
                    .ToList(),
                Db.ReviewFlags.Count(f => f.Status == FlagStatus.Open
                    && (f.MeetingId == m.Id || (f.MeetingId == null && f.ArticleId != null && m.Sources.Any(s => s.ArticleId == f.ArticleId))))))
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Other meetings on the same date (or, for an undated one, also undated) that share a country with it.</summary>
    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(int meetingId, CancellationToken cancellationToken)
    {
        var meeting = await Db.Meetings.AsNoTracking()
            .Where(m => m.Id == meetingId)
            .Select(m => new { m.Date, Countries = m.Countries.Select(c => c.CountryCode).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (meeting is null)
        {
            return [];
        }

        return await Db.Meetings.AsNoTracking()
            .Where(m => m.Id != meetingId && m.Date == meeting.Date && m.Countries.Any(c => meeting.Countries.Contains(c.CountryCode)))
            .OrderBy(m => m.Id)
            .Take(SuggestionsShown)
            .Select(m => new Suggestion(m.Id, m.Title, m.Date, m.DatePrecision, m.City))
            .ToListAsync(cancellationToken);
    }

    protected override string RecordType => nameof(Meeting);

    protected override (string NoneChosen, string Itself, string Gone) Refusals =>
        ("Give the number of the meeting to merge into this one, or choose one of those suggested.",
            "A meeting cannot be merged into itself; choose the other record of it.",
            "There is no such meeting; it may have been merged already.");

    // The same participant twice: the same person (or the same unnamed official) in the same office.
    private static bool Same(ParticipantValue a, ParticipantValue b) =>
        a.PersonId == b.PersonId && a.Role == b.Role && a.Organization == b.Organization;

    protected override async Task<IReadOnlyList<FieldChange>?> PlanAsync(int keptId, int otherId, CancellationToken cancellationToken)
    {
        var kept = await RecordMoves.LoadAsync(Db, nameof(Meeting), keptId, cancellationToken);
        var other = await RecordMoves.LoadAsync(Db, nameof(Meeting), otherId, cancellationToken);
        if (kept is null || other is null)
        {
            return null;
        }

        var changes = new ChangeList();
        var (keptText, otherText) = (RecordMoves.Id(keptId), RecordMoves.Id(otherId));
        changes.Set(nameof(Meeting), otherId, MergedRecords.MergedInto, null, keptText);
        foreach (var (field, value) in other)
        {
            changes.Set(nameof(Meeting), otherId, field, value, null);
        }

        foreach (var field in new[] { MeetingRecord.Countries, MeetingRecord.Topics, MeetingRecord.Initiatives, MergedRecords.Sources })
        {
            changes.Set(nameof(Meeting), keptId, field, kept[field], MeetingRecord.List(MeetingRecord.ReadList(kept[field]).Concat(MeetingRecord.ReadList(other[field]))));
        }

        // A participant the kept meeting already has stays once; its spans and flags go to the kept row.
        var keptParticipants = MeetingRecord.ReadParticipants(kept[MeetingRecord.Participants]);
        var moved = new List<ParticipantValue>();
        var twins = new Dictionary<int, int>();
        foreach (var participant in MeetingRecord.ReadParticipants(other[MeetingRecord.Participants]))
        {
            if (keptParticipants.FirstOrDefault(k => Same(k, participant)) is { } twin)
            {
                twins[participant.Id] = twin.Id;
            }
            else
            {
                moved.Add(participant);
            }
        }

        changes.Set(nameof(Meeting), keptId, MeetingRecord.Participants, kept[MeetingRecord.Participants], MeetingRecord.WriteParticipants(keptParticipants.Concat(moved)));
        foreach (var participant in moved)
        {
            changes.Set(nameof(Participation), participant.Id, nameof(Participation.MeetingId), otherText, keptText);
        }

        await MeetingRows.PlanAsync(Db, changes, otherId, keptId, articles: null, twins, cancellationToken);
        return changes.Changes;
    }
}
