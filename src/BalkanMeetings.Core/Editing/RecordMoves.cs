using System.Globalization;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// Makes the changes of a merge or a split true. They are plain <see cref="FieldChange"/>s, so the same steps apply a
/// merge (its After values) and its revert (its Before values): meetings and people come and go
/// (<see cref="MergedRecords.MergedInto"/>, <see cref="MergedRecords.SplitFrom"/>), rows of other tables move between
/// them (a participation's person or meeting, a quote's, an office's person, a span's or a flag's record), and the
/// records' own fields and lists change.
/// See docs/editing.md#merging-and-splitting.
/// </summary>
internal static class RecordMoves
{
    /// <summary>Whether a person is in the reference data: a person merged into another passes it on.</summary>
    public const string IsReference = nameof(Person.IsReference);

    // A meeting's and a person's own fields are read and written as their edit forms do.
    private static readonly MeetingRecord Meetings = new();
    private static readonly PersonRecord People = new();

    private static readonly HashSet<(string, string)> Pointers =
    [
        (nameof(Participation), nameof(Participation.PersonId)),
        (nameof(Participation), nameof(Participation.MeetingId)),
        (nameof(Quote), nameof(Quote.PersonId)),
        (nameof(Quote), nameof(Quote.MeetingId)),
        (nameof(Office), nameof(Office.PersonId)),
        (nameof(SourceSpan), nameof(SourceSpan.RecordId)),
        (nameof(ReviewFlag), nameof(ReviewFlag.MeetingId)),
        (nameof(ReviewFlag), nameof(ReviewFlag.RecordId)),
    ];

    /// <summary>True when the changes make or remove a record: those are undone here, not by the record's own editor.</summary>
    public static bool Restructures(IEnumerable<string> fields) => fields.Any(IsMarker);

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A meeting (its editable fields and <see cref="MergedRecords.Sources"/>) or a person as stored text; null when there is none.</summary>
    public static async Task<RecordState?> LoadAsync(BalkanMeetingsDbContext db, string recordType, int id, CancellationToken cancellationToken)
    {
        switch (recordType)
        {
            case nameof(Meeting):
                if (await Meetings.LoadAsync(db, id, cancellationToken) is not { } meeting)
                {
                    return null;
                }

                meeting[MergedRecords.Sources] = MeetingRecord.List(await db.MeetingSources.Where(s => s.MeetingId == id).Select(s => s.ArticleId).ToListAsync(cancellationToken));
                return meeting;
            case nameof(Person):
                if (await People.LoadAsync(db, id, cancellationToken) is not { } person)
                {
                    return null;
                }

                person[IsReference] = (await db.People.Where(p => p.Id == id).Select(p => p.IsReference).SingleAsync(cancellationToken)).ToString();
                return person;
            default:
                throw new ArgumentException($"Records of type '{recordType}' are not merged or split.", nameof(recordType));
        }
    }

    public static Task<bool> ExistsAsync(BalkanMeetingsDbContext db, string recordType, int id, CancellationToken cancellationToken) =>
        recordType == nameof(Person)
            ? db.People.AnyAsync(p => p.Id == id, cancellationToken)
            : db.Meetings.AnyAsync(m => m.Id == id, cancellationToken);

    /// <summary>
    /// The changes that are corrections: a person's aliases, which the importer matches names by; set by a merge, they
    /// are the editor's and stay. A record that comes or goes carries none; what it held is in the revision.
    /// </summary>
    public static IEnumerable<FieldChange> Corrections(IReadOnlyList<FieldChange> changes)
    {
        var comingOrGoing = changes.Where(c => IsMarker(c.Field)).Select(c => c.Record).ToHashSet();
        return changes.Where(c => c.Record.RecordType == nameof(Person) && c.Field == PersonRecord.Aliases && !comingOrGoing.Contains(c.Record));
    }

    /// <summary>The changes whose records no longer hold their <see cref="FieldChange.Before"/> value.</summary>
    public static async Task<IReadOnlyList<ChangedMeanwhile>> ChangedSinceAsync(BalkanMeetingsDbContext db, IReadOnlyList<FieldChange> changes, CancellationToken cancellationToken)
    {
        var conflicts = new List<ChangedMeanwhile>();
        foreach (var record in changes.Where(c => !IsPointer(c)).GroupBy(c => c.Record))
        {
            var state = await LoadAsync(db, record.Key.RecordType, record.Key.Id, cancellationToken);
            foreach (var change in record)
            {
                var differs = IsMarker(change.Field)
                    ? ExistsWith(change.Field, change.Before) != (state is not null)
                    : state?.GetValueOrDefault(change.Field) != change.Before;
                if (differs)
                {
                    conflicts.Add(new ChangedMeanwhile(Label(change), change.Before, state is null ? null : state.GetValueOrDefault(change.Field)));
                }
            }
        }

        foreach (var pointer in changes.Where(IsPointer).GroupBy(c => (c.Record.RecordType, c.Field)))
        {
            var ids = pointer.Select(c => c.Record.Id).ToList();
            var now = await PointerValues(db, pointer.Key.RecordType, pointer.Key.Field)
                .Where(p => ids.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id, p => p.Value, cancellationToken);
            conflicts.AddRange(pointer
                .Select(change => (change, Now: now.TryGetValue(change.Record.Id, out var value) && value is { } v ? Id(v) : null))
                .Where(c => c.Now != c.change.Before)
                .Select(c => new ChangedMeanwhile(Label(c.change), c.change.Before, c.Now)));
        }

        return conflicts;
    }

    /// <summary>
    /// Makes every change's <see cref="FieldChange.After"/> true, in the order the keys allow: records that come into
    /// being first, then the rows that move to them, then the records' fields, and last the records that go (their
    /// rows have moved away by then; what is left goes with them).
    /// </summary>
    public static async Task ApplyAsync(BalkanMeetingsDbContext db, IReadOnlyList<FieldChange> changes, CancellationToken cancellationToken)
    {
        var records = changes.Where(c => !IsPointer(c)).GroupBy(c => c.Record).ToList();
        foreach (var (recordType, id) in records.Where(r => Existence(r) == true).Select(r => r.Key))
        {
            await CreateAsync(db, recordType, id, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var moved in changes.Where(IsPointer).GroupBy(c => (c.Record.RecordType, c.Field, c.After)))
        {
            var value = moved.Key.After is { } after ? int.Parse(after, CultureInfo.InvariantCulture) : (int?)null;
            await SetPointerAsync(db, moved.Key.RecordType, moved.Key.Field, moved.Select(c => c.Record.Id).ToList(), value, cancellationToken);
        }

        foreach (var record in records.Where(r => Existence(r) != false))
        {
            var values = record.Where(c => !IsMarker(c.Field)).ToDictionary(c => c.Field, c => c.After, StringComparer.Ordinal);
            await ApplyFieldsAsync(db, record.Key.RecordType, record.Key.Id, values, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        foreach (var (recordType, id) in records.Where(r => Existence(r) == false).Select(r => r.Key))
        {
            await DeleteAsync(db, recordType, id, cancellationToken);
        }
    }

    private static bool IsMarker(string field) => field is MergedRecords.MergedInto or MergedRecords.SplitFrom;

    private static bool IsPointer(FieldChange change) => Pointers.Contains((change.Record.RecordType, change.Field));

    // A record merged away exists while MergedInto is empty; one split off exists while SplitFrom is set.
    private static bool ExistsWith(string marker, string? value) => marker == MergedRecords.MergedInto ? value is null : value is not null;

    // True when the changes bring the record into being, false when they remove it, null when it stays.
    private static bool? Existence(IEnumerable<FieldChange> record) =>
        record.FirstOrDefault(c => IsMarker(c.Field)) is { } marker ? ExistsWith(marker.Field, marker.After) : null;

    private static string Label(FieldChange change) => $"{change.Record.RecordType} {change.Record.Id} {change.Field}";

    // A record comes back under its old id (SQLite's AUTOINCREMENT never gave it to another); its fields follow.
    private static async Task CreateAsync(BalkanMeetingsDbContext db, string recordType, int id, CancellationToken cancellationToken)
    {
        if (await ExistsAsync(db, recordType, id, cancellationToken))
        {
            return;
        }

        if (recordType == nameof(Meeting))
        {
            db.Meetings.Add(new Meeting { Id = id, Title = string.Empty, Version = 1 });
        }
        else
        {
            db.People.Add(new Person { Id = id, Name = string.Empty, SearchKey = string.Empty });
        }
    }

    private static async Task DeleteAsync(BalkanMeetingsDbContext db, string recordType, int id, CancellationToken cancellationToken)
    {
        // The database's foreign keys take what is left with the record: a meeting's lists, sources and the
        // participants that were the same as one kept; a person's aliases.
        _ = recordType == nameof(Meeting)
            ? await db.Meetings.Where(m => m.Id == id).ExecuteDeleteAsync(cancellationToken)
            : await db.People.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken);
    }

    private static async Task ApplyFieldsAsync(BalkanMeetingsDbContext db, string recordType, int id, Dictionary<string, string?> values, CancellationToken cancellationToken)
    {
        if (recordType == nameof(Person))
        {
            await ApplyPersonAsync(db, id, values, cancellationToken);
            return;
        }

        if (values.Remove(MergedRecords.Sources, out var sources))
        {
            var articles = MeetingRecord.ReadIds(sources);
            await db.MeetingSources.Where(s => s.MeetingId == id && !articles.Contains(s.ArticleId)).ExecuteDeleteAsync(cancellationToken);
            var present = await db.MeetingSources.Where(s => s.MeetingId == id).Select(s => s.ArticleId).ToListAsync(cancellationToken);
            db.MeetingSources.AddRange(articles.Except(present).Select(a => new MeetingSource { MeetingId = id, ArticleId = a }));
        }

        // Called even with no field of its own left, so the meeting's version moves on and open edit forms see the change.
        await Meetings.ApplyAsync(db, id, values, cancellationToken);
    }

    private static async Task ApplyPersonAsync(BalkanMeetingsDbContext db, int id, Dictionary<string, string?> values, CancellationToken cancellationToken)
    {
        var isReference = values.Remove(IsReference, out var reference);
        await People.ApplyAsync(db, id, values, cancellationToken);
        if (isReference)
        {
            (await db.People.SingleAsync(p => p.Id == id, cancellationToken)).IsReference = bool.Parse(reference ?? bool.FalseString);
        }
    }

    private static IQueryable<PointerValue> PointerValues(BalkanMeetingsDbContext db, string recordType, string field) => (recordType, field) switch
    {
        (nameof(Participation), nameof(Participation.PersonId)) => db.Participations.Select(p => new PointerValue { Id = p.Id, Value = p.PersonId }),
        (nameof(Participation), nameof(Participation.MeetingId)) => db.Participations.Select(p => new PointerValue { Id = p.Id, Value = p.MeetingId }),
        (nameof(Quote), nameof(Quote.PersonId)) => db.Quotes.Select(q => new PointerValue { Id = q.Id, Value = q.PersonId }),
        (nameof(Quote), nameof(Quote.MeetingId)) => db.Quotes.Select(q => new PointerValue { Id = q.Id, Value = q.MeetingId }),
        (nameof(Office), nameof(Office.PersonId)) => db.Offices.Select(o => new PointerValue { Id = o.Id, Value = o.PersonId }),
        (nameof(SourceSpan), nameof(SourceSpan.RecordId)) => db.SourceSpans.Select(s => new PointerValue { Id = s.Id, Value = s.RecordId }),
        (nameof(ReviewFlag), nameof(ReviewFlag.MeetingId)) => db.ReviewFlags.Select(f => new PointerValue { Id = f.Id, Value = f.MeetingId }),
        (nameof(ReviewFlag), nameof(ReviewFlag.RecordId)) => db.ReviewFlags.Select(f => new PointerValue { Id = f.Id, Value = f.RecordId }),
        _ => throw new ArgumentException($"'{recordType}.{field}' is not a link a merge moves.", nameof(field)),
    };

    private static Task<int> SetPointerAsync(BalkanMeetingsDbContext db, string recordType, string field, List<int> ids, int? value, CancellationToken cancellationToken) => (recordType, field) switch
    {
        (nameof(Participation), nameof(Participation.PersonId)) => db.Participations.Where(p => ids.Contains(p.Id)).ExecuteUpdateAsync(s => s.SetProperty(p => p.PersonId, value), cancellationToken),
        (nameof(Participation), nameof(Participation.MeetingId)) => db.Participations.Where(p => ids.Contains(p.Id)).ExecuteUpdateAsync(s => s.SetProperty(p => p.MeetingId, Required(value)), cancellationToken),
        (nameof(Quote), nameof(Quote.PersonId)) => db.Quotes.Where(q => ids.Contains(q.Id)).ExecuteUpdateAsync(s => s.SetProperty(q => q.PersonId, value), cancellationToken),
        (nameof(Quote), nameof(Quote.MeetingId)) => db.Quotes.Where(q => ids.Contains(q.Id)).ExecuteUpdateAsync(s => s.SetProperty(q => q.MeetingId, value), cancellationToken),
        (nameof(Office), nameof(Office.PersonId)) => db.Offices.Where(o => ids.Contains(o.Id)).ExecuteUpdateAsync(s => s.SetProperty(o => o.PersonId, Required(value)), cancellationToken),
        (nameof(SourceSpan), nameof(SourceSpan.RecordId)) => db.SourceSpans.Where(s => ids.Contains(s.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.RecordId, Required(value)), cancellationToken),
        (nameof(ReviewFlag), nameof(ReviewFlag.MeetingId)) => db.ReviewFlags.Where(f => ids.Contains(f.Id)).ExecuteUpdateAsync(s => s.SetProperty(f => f.MeetingId, value), cancellationToken),
        (nameof(ReviewFlag), nameof(ReviewFlag.RecordId)) => db.ReviewFlags.Where(f => ids.Contains(f.Id)).ExecuteUpdateAsync(s => s.SetProperty(f => f.RecordId, value), cancellationToken),
        _ => throw new ArgumentException($"'{recordType}.{field}' is not a link a merge moves.", nameof(field)),
    };

    private static int Required(int? value) => value ?? throw new InvalidOperationException("This link cannot be emptied.");

    private sealed class PointerValue
    {
        public int Id { get; init; }

        public int? Value { get; init; }
    }
}
