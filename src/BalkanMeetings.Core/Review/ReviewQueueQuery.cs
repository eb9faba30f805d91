using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Review;

/// <summary>Which open flags the queue lists: of one kind, about meetings with one country, and which page of them.</summary>
public sealed record ReviewQueueFilter(FlagKind? Kind = null, string? Country = null, int Page = 1);

/// <summary>
/// The review queue: open flags, errors first, then oldest first, a page at a time, with the number open of each kind.
/// Each severity's flags are read in index order (Status, Severity, CreatedAtUtc), or (Status, Kind, Severity,
/// CreatedAtUtc) for one kind, so a page costs the same at tens of thousands of flags as at ten
/// (docs/editing.md#review-queue).
/// </summary>
public sealed class ReviewQueueQuery(BalkanMeetingsDbContext db)
{
    public const int PageSize = 50;

    /// <summary>Most severe first: the queue's order, which names stored as text do not sort into.</summary>
    private static readonly FlagSeverity[] BySeverity = [FlagSeverity.Error, FlagSeverity.Warning, FlagSeverity.Info];

    public async Task<ReviewQueueResults> LoadAsync(ReviewQueueFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var open = db.ReviewFlags.AsNoTracking().Where(f => f.Status == FlagStatus.Open);
        if (filter.Country is { } country)
        {
            var meetings = db.MeetingCountries.Where(c => c.CountryCode == country).Select(c => (int?)c.MeetingId);
            open = open.Where(f => meetings.Contains(f.MeetingId));
        }

        // The counts of every kind, under the country chosen: the kind filter offers the others beside the one shown.
        var kinds = (await open.GroupBy(f => f.Kind).Select(g => new KindCount(g.Key, g.Count())).ToListAsync(cancellationToken))
            .OrderByDescending(k => k.Count).ThenBy(k => k.Kind)
            .ToList();

        var shown = filter.Kind is { } kind ? open.Where(f => f.Kind == kind) : open;
        var severities = await shown.GroupBy(f => f.Severity).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var total = severities.Values.Sum();
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);

        // The page is a stretch of the queue; it takes the end of one severity's flags and the start of the next's.
        var rows = new List<QueueRow>();
        var skip = (page - 1) * PageSize;
        foreach (var severity in BySeverity.TakeWhile(_ => rows.Count < PageSize))
        {
            var count = severities.GetValueOrDefault(severity);
            if (skip >= count)
            {
                skip -= count;
                continue;
            }

            rows.AddRange(await RowsAsync(shown.Where(f => f.Severity == severity), skip, PageSize - rows.Count, cancellationToken));
            skip = 0;
        }

        var participantIds = rows.Where(r => r.RecordType == nameof(Participation) && r.RecordId is not null).Select(r => r.RecordId!.Value).ToList();
        var participants = await db.Participations.AsNoTracking()
            .Where(p => participantIds.Contains(p.Id))
            .Select(p => new ParticipantDetails(p.Id, p.PersonId, p.Person != null ? p.Person.Name : null, p.NameAsWritten, p.NameOrigin, p.Role, p.Organization, p.ArticleId))
            .ToDictionaryAsync(p => p.Id, p => p.Label, cancellationToken);

        var flags = rows.Select(r => new QueuedFlag(
                r.Id,
                r.Kind,
                r.Severity,
                r.Message,
                new FlaggedRecord(r.RecordType, r.RecordId, r.Field, r.RecordType == nameof(Participation) && r.RecordId is { } id ? participants.GetValueOrDefault(id) : null),
                r.Evidence,
                r.MeetingId,
                r.MeetingTitle,
                r.CreatedAtUtc))
            .ToList();
        return new ReviewQueueResults(filter with { Page = page }, flags, total, pageCount, kinds);
    }

    private Task<List<QueueRow>> RowsAsync(IQueryable<ReviewFlag> flags, int skip, int take, CancellationToken cancellationToken) =>
        flags
            .OrderBy(f => f.CreatedAtUtc)
            .ThenBy(f => f.Id)
            .Skip(skip)
            .Take(take)
            .Select(f => new QueueRow(
                f.Id,
                f.Kind,
                f.Severity,
                f.Message,
                f.RecordType,
                f.RecordId,
                f.Field,
                f.Evidence,
                f.MeetingId,
                db.Meetings.Where(m => m.Id == f.MeetingId).Select(m => m.Title).FirstOrDefault(),
                f.CreatedAtUtc))
            .ToListAsync(cancellationToken);

    private sealed record QueueRow(
        int Id, FlagKind Kind, FlagSeverity Severity, string Message, string RecordType, int? RecordId, string? Field, string? Evidence, int? MeetingId, string? MeetingTitle, DateTime CreatedAtUtc);
}

public sealed record ReviewQueueResults(ReviewQueueFilter Filter, IReadOnlyList<QueuedFlag> Flags, int Total, int PageCount, IReadOnlyList<KindCount> Kinds);

/// <summary>How many open flags there are of one kind.</summary>
public sealed record KindCount(FlagKind Kind, int Count);

/// <summary>One row of the queue.</summary>
public sealed record QueuedFlag(
    int Id, FlagKind Kind, FlagSeverity Severity, string Message, FlaggedRecord Record, string? Evidence, int? MeetingId, string? MeetingTitle, DateTime CreatedAtUtc);

/// <summary>What a flag is about: the record and field, and for a participant who it is (the person, or the office when unnamed).</summary>
public sealed record FlaggedRecord(string RecordType, int? RecordId, string? Field, string? Participant);
