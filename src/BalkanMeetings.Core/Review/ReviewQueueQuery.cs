using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Review;

/// <summary>Which open flags the queue lists: of one kind, about meetings with one country, and which page of them.</summary>
public sealed record ReviewQueueFilter(FlagKind? Kind = null, string? Country = null, int Page = 1);

/// <summary>
/// The review queue: open flags, errors first, then oldest first, a page at a time, with the number open of each kind.
/// Reads the (Status, Kind) index for the counts and (MeetingId, Status) for a country's flags, so it stays quick at
/// tens of thousands of flags (docs/editing.md#review-queue).
/// </summary>
public sealed class ReviewQueueQuery(BalkanMeetingsDbContext db)
{
    public const int PageSize = 50;

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
        var total = kinds.Where(k => filter.Kind is null || k.Kind == filter.Kind).Sum(k => k.Count);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);

        var shown = filter.Kind is { } kind ? open.Where(f => f.Kind == kind) : open;

        // Severity is stored by name, so its order is spelled out; age is the flag's, ties broken by id.
        var rows = await shown
            .OrderBy(f => f.Severity == FlagSeverity.Error ? 0 : f.Severity == FlagSeverity.Warning ? 1 : 2)
            .ThenBy(f => f.CreatedAtUtc)
            .ThenBy(f => f.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(f => new
            {
                f.Id,
                f.Kind,
                f.Severity,
                f.Message,
                f.RecordType,
                f.RecordId,
                f.Field,
                f.Evidence,
                f.MeetingId,
                MeetingTitle = db.Meetings.Where(m => m.Id == f.MeetingId).Select(m => m.Title).FirstOrDefault(),
                f.CreatedAtUtc,
            })
            .ToListAsync(cancellationToken);

        var participantIds = rows.Where(r => r.RecordType == nameof(Participation) && r.RecordId is not null).Select(r => r.RecordId!.Value).ToList();
        var participants = await db.Participations.AsNoTracking()
            .Where(p => participantIds.Contains(p.Id))
            .Select(p => new { p.Id, Name = p.Person != null ? p.Person.Name : p.NameAsWritten, p.Role, p.Organization })
            .ToDictionaryAsync(p => p.Id, p => p.Name ?? OfficeLabel.Of(p.Role, p.Organization), cancellationToken);

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
}

public sealed record ReviewQueueResults(ReviewQueueFilter Filter, IReadOnlyList<QueuedFlag> Flags, int Total, int PageCount, IReadOnlyList<KindCount> Kinds);

/// <summary>How many open flags there are of one kind.</summary>
public sealed record KindCount(FlagKind Kind, int Count);

/// <summary>One row of the queue.</summary>
public sealed record QueuedFlag(
    int Id, FlagKind Kind, FlagSeverity Severity, string Message, FlaggedRecord Record, string? Evidence, int? MeetingId, string? MeetingTitle, DateTime CreatedAtUtc);

/// <summary>What a flag is about: the record and field, and for a participant who it is (the person, or the office when unnamed).</summary>
public sealed record FlaggedRecord(string RecordType, int? RecordId, string? Field, string? Participant);
