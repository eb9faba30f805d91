using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// Revisions as the history, revision and recent-changes pages list them, newest first, a page at a time, with the
/// names of the records and of the people, topics, initiatives and countries their values refer to. A page costs a
/// fixed number of queries however many revisions or values it shows.
/// </summary>
public sealed class RevisionHistory(BalkanMeetingsDbContext db)
{
    public const int PageSize = 25;

    /// <summary>The record types the history names; others are listed under their type and id.</summary>
    public static IReadOnlyList<string> RecordTypes { get; } = [nameof(Meeting), nameof(Person), nameof(Topic), nameof(Initiative), nameof(ReviewFlag)];

    /// <summary>A record's revisions: those made on its page, and those that changed it from another's (a merge).</summary>
    public Task<RevisionPage> OfRecordAsync(RecordKey record, int page, CancellationToken cancellationToken)
    {
        var touching = db.RevisionChanges.Where(c => c.RecordType == record.RecordType && c.RecordId == record.Id).Select(c => c.RevisionId);
        var revisions = db.Revisions.Where(r => (r.RecordType == record.RecordType && r.RecordId == record.Id) || touching.Contains(r.Id));
        return PageAsync(revisions, page, PageSize, cancellationToken);
    }

    /// <summary>Every revision, optionally of one record type or by one editor (as named when they saved).</summary>
    public Task<RevisionPage> RecentAsync(string? recordType, string? editorName, int page, CancellationToken cancellationToken) =>
        PageAsync(Filtered(recordType, editorName), page, PageSize, cancellationToken);

    /// <summary>The newest <paramref name="count"/> revisions <see cref="RecentAsync"/> lists, all at once: what the changes feed holds.</summary>
    public Task<RevisionPage> LatestAsync(string? recordType, string? editorName, int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return PageAsync(Filtered(recordType, editorName), 1, count, cancellationToken);
    }

    /// <summary>One revision, or null when there is none with that id.</summary>
    public async Task<RevisionPage?> OneAsync(int revisionId, CancellationToken cancellationToken)
    {
        var page = await PageAsync(db.Revisions.Where(r => r.Id == revisionId), 1, PageSize, cancellationToken);
        return page.Total == 0 ? null : page;
    }

    /// <summary>The names editors saved under, for the recent-changes filter.</summary>
    public Task<List<string>> EditorNamesAsync(CancellationToken cancellationToken) =>
        db.Revisions.Select(r => r.EditorName).Distinct().OrderBy(n => n).ToListAsync(cancellationToken);

    /// <summary>The record's name or title; null when there is no such record or the history does not know its type.</summary>
    public async Task<string?> TitleAsync(RecordKey record, CancellationToken cancellationToken) =>
        (await TitlesAsync([record], cancellationToken)).GetValueOrDefault(record);

    private IQueryable<Revision> Filtered(string? recordType, string? editorName)
    {
        var revisions = db.Revisions.AsQueryable();
        if (!string.IsNullOrEmpty(recordType))
        {
            revisions = revisions.Where(r => r.RecordType == recordType);
        }

        if (!string.IsNullOrEmpty(editorName))
        {
            revisions = revisions.Where(r => r.EditorName == editorName);
        }

        return revisions;
    }

    private async Task<RevisionPage> PageAsync(IQueryable<Revision> revisions, int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await revisions.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await revisions.AsNoTracking()
            .OrderByDescending(r => r.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Include(r => r.Changes.OrderBy(c => c.Id))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var ids = rows.Select(r => r.Id).ToList();
        var revertedBy = (await db.Revisions.AsNoTracking()
                .Where(r => r.RevertsRevisionId != null && ids.Contains(r.RevertsRevisionId.Value))
                .Select(r => new { r.Id, Reverts = r.RevertsRevisionId!.Value })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.Reverts, r => r.Id);

        var entries = rows
            .Select(r => new RevisionEntry(
                r.Id,
                r.Kind,
                new RecordKey(r.RecordType, r.RecordId),
                r.EditorName,
                r.AtUtc,
                r.Reason,
                r.RevertsRevisionId,
                [.. revertedBy[r.Id].Order()],
                [.. r.Changes.Select(c => new FieldChange(new RecordKey(c.RecordType, c.RecordId), c.Field, c.Before, c.After))]))
            .ToList();
        var records = entries.Select(e => e.Record).ToList();
        return new RevisionPage(entries, total, page, pageCount, await NamesAsync(entries.SelectMany(e => e.Changes).ToList(), records, cancellationToken));
    }

    /// <summary>The names the values of some changes refer to, and those of the records changed and of <paramref name="records"/>.</summary>
    public async Task<RecordNames> NamesAsync(IReadOnlyCollection<FieldChange> changes, IEnumerable<RecordKey> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var people = new HashSet<int>();
        var topics = new HashSet<int>();
        var initiatives = new HashSet<int>();
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in changes.Where(c => c.Record.RecordType == nameof(Meeting)))
        {
            foreach (var value in new[] { change.Before, change.After })
            {
                switch (change.Field)
                {
                    case MeetingRecord.Participants:
                        people.UnionWith(MeetingRecord.ReadParticipants(value).Where(p => p.PersonId is not null).Select(p => p.PersonId!.Value));
                        break;
                    case MeetingRecord.Topics:
                        topics.UnionWith(MeetingRecord.ReadIds(value));
                        break;
                    case MeetingRecord.Initiatives:
                        initiatives.UnionWith(MeetingRecord.ReadIds(value));
                        break;
                    case MeetingRecord.Countries:
                        countries.UnionWith(MeetingRecord.ReadList(value));
                        break;
                }
            }
        }

        // Most pages name no person, topic, initiative or country at all: a lookup runs only for those that are named.
        return new RecordNames(
            people.Count == 0 ? [] : await db.People.AsNoTracking().Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken),
            topics.Count == 0 ? [] : await db.Topics.AsNoTracking().Where(t => topics.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken),
            initiatives.Count == 0 ? [] : await db.Initiatives.AsNoTracking().Where(i => initiatives.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken),
            countries.Count == 0 ? [] : await db.Countries.AsNoTracking().Where(c => countries.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.Name, StringComparer.Ordinal, cancellationToken),
            await TitlesAsync(records.Concat(changes.Select(c => c.Record)).Distinct().ToList(), cancellationToken));
    }

    // One query for each type of record named, whatever the number of records.
    private async Task<Dictionary<RecordKey, string>> TitlesAsync(IReadOnlyCollection<RecordKey> records, CancellationToken cancellationToken)
    {
        var titles = new Dictionary<RecordKey, string>();
        foreach (var type in records.GroupBy(r => r.RecordType))
        {
            var ids = type.Select(r => r.Id).ToList();
            var query = type.Key switch
            {
                nameof(Meeting) => db.Meetings.Where(m => ids.Contains(m.Id)).Select(m => new IdTitle(m.Id, m.Title)),
                nameof(Person) => db.People.Where(p => ids.Contains(p.Id)).Select(p => new IdTitle(p.Id, p.Name)),
                nameof(Topic) => db.Topics.Where(t => ids.Contains(t.Id)).Select(t => new IdTitle(t.Id, t.Name)),
                nameof(Initiative) => db.Initiatives.Where(i => ids.Contains(i.Id)).Select(i => new IdTitle(i.Id, i.Name)),
                nameof(ReviewFlag) => db.ReviewFlags.Where(f => ids.Contains(f.Id)).Select(f => new IdTitle(f.Id, f.Message)),
                _ => null,
            };
            foreach (var record in query is null ? [] : await query.ToListAsync(cancellationToken))
            {
                titles[new RecordKey(type.Key, record.Id)] = record.Title;
            }
        }

        return titles;
    }

    private sealed record IdTitle(int Id, string Title);
}

/// <summary>A record by type and id (<c>Meeting</c> 4), as revisions and corrections name it.</summary>
public readonly record struct RecordKey(string RecordType, int Id);

/// <summary>One field of one record as a revision changed it, as stored text.</summary>
public sealed record FieldChange(RecordKey Record, string Field, string? Before, string? After);

/// <summary>A revision with the revisions that reverted it.</summary>
public sealed record RevisionEntry(
    int Id,
    RevisionKind Kind,
    RecordKey Record,
    string EditorName,
    DateTime AtUtc,
    string Reason,
    int? RevertsRevisionId,
    IReadOnlyList<int> RevertedBy,
    IReadOnlyList<FieldChange> Changes);

/// <summary>A page of revisions, newest first, with the names their values refer to.</summary>
public sealed record RevisionPage(IReadOnlyList<RevisionEntry> Revisions, int Total, int Page, int PageCount, RecordNames Names);

/// <summary>Names of what the values of a page of revisions refer to; an id missing here no longer exists.</summary>
public sealed record RecordNames(
    IReadOnlyDictionary<int, string> People,
    IReadOnlyDictionary<int, string> Topics,
    IReadOnlyDictionary<int, string> Initiatives,
    IReadOnlyDictionary<string, string> Countries,
    IReadOnlyDictionary<RecordKey, string> Records)
{
    public static RecordNames None { get; } = new(
        new Dictionary<int, string>(), new Dictionary<int, string>(), new Dictionary<int, string>(), new Dictionary<string, string>(), new Dictionary<RecordKey, string>());
}
