using System.Globalization;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Import;

/// <summary>
/// The editors' corrections on the records one article touches, loaded per article when the catalog knows of any,
/// and the disagreements found when the article now says something else than it did when a value
/// was corrected. See docs/editing.md#re-import.
/// </summary>
internal sealed class ArticleCorrections
{
    private const int QuotedLength = 200;

    private readonly Dictionary<(string RecordType, int RecordId, string Field), Correction> _byField = [];
    private readonly HashSet<(string RecordType, int RecordId)> _records = [];

    public List<Disagreement> Disagreements { get; } = [];

    /// <summary>
    /// Adds the corrections of the given meetings, people, initiatives and review flags, in one query when the catalog
    /// knows any of them to be corrected; tracked, so a changed imported value is saved.
    /// </summary>
    public async Task LoadAsync(
        BalkanMeetingsDbContext db,
        ImportCatalog catalog,
        IEnumerable<int> meetings,
        IEnumerable<int> people,
        IEnumerable<int> initiatives,
        IEnumerable<int> flags,
        CancellationToken cancellationToken)
    {
        List<int> Corrected(string recordType, IEnumerable<int> ids) => ids.Where(id => catalog.IsCorrected(recordType, id)).Distinct().ToList();
        var (meetingIds, personIds, initiativeIds, flagIds) =
            (Corrected(nameof(Meeting), meetings), Corrected(nameof(Person), people), Corrected(nameof(Initiative), initiatives), Corrected(nameof(ReviewFlag), flags));
        if (meetingIds.Count + personIds.Count + initiativeIds.Count + flagIds.Count == 0)
        {
            return;
        }

        var found = await db.Corrections
            .Where(c => (c.RecordType == nameof(Meeting) && meetingIds.Contains(c.RecordId))
                || (c.RecordType == nameof(Person) && personIds.Contains(c.RecordId))
                || (c.RecordType == nameof(Initiative) && initiativeIds.Contains(c.RecordId))
                || (c.RecordType == nameof(ReviewFlag) && flagIds.Contains(c.RecordId)))
            .ToListAsync(cancellationToken);
        foreach (var correction in found)
        {
            _byField[(correction.RecordType, correction.RecordId, correction.Field)] = correction;
            _records.Add((correction.RecordType, correction.RecordId));
        }
    }

    /// <summary>True when the article touches no corrected record.</summary>
    public bool IsEmpty => _byField.Count == 0;

    public bool Has(string recordType, int recordId, string field) => _byField.ContainsKey((recordType, recordId, field));

    /// <summary>True when an editor corrected any field of the record.</summary>
    public bool AnyOn(string recordType, int recordId) => _records.Contains((recordType, recordId));

    public Correction? Find(string recordType, int recordId, string field) => _byField.GetValueOrDefault((recordType, recordId, field));

    /// <summary>The corrected fields of one kind of record.</summary>
    public IEnumerable<Correction> Of(string recordType) => _byField.Values.Where(c => c.RecordType == recordType);

    /// <summary>
    /// Compares what the article now says for a corrected value with what it said when the value was corrected. When
    /// the article says something new that is not the editor's value either, records a disagreement and makes the new
    /// value the correction's imported one, so the same difference is reported once and not on every import.
    /// </summary>
    public void Compare(Correction correction, string? articleValue, string? editorValue, Func<string?, string?, bool> same, string message, int? meetingId = null, string? evidence = null)
    {
        if (same(articleValue, correction.ImportedValue) || same(articleValue, editorValue))
        {
            return;
        }

        Disagreements.Add(new Disagreement(correction.RecordType, correction.RecordId, correction.Field, meetingId, message, evidence));
        correction.ImportedValue = articleValue;
    }

    /// <summary>The usual message for one value: what the article says now, what the editor set, what the article said then.</summary>
    public static string ValueMessage(Correction correction, string? articleValue, string? editorValue) =>
        $"The article now gives the {Label(correction.Field)} as {Quote(articleValue)}; an editor set {Quote(editorValue)} when the article gave {Quote(correction.ImportedValue)}. The editor's value is kept.";

    /// <summary>The message for a list: what the article added and dropped since the correction.</summary>
    public static string ListMessage(string field, IEnumerable<string> added, IEnumerable<string> dropped)
    {
        var parts = new List<string>();
        if (string.Join(", ", added) is { Length: > 0 } newItems)
        {
            parts.Add("now also names " + newItems);
        }

        if (string.Join(", ", dropped) is { Length: > 0 } goneItems)
        {
            parts.Add("no longer names " + goneItems);
        }

        return $"The article {string.Join(" and ", parts)} among the {Label(field)}, which an editor corrected; the editor's list is kept.";
    }

    /// <summary>Participants compare as people in roles: the same person, role and organisation, whatever the row's id.</summary>
    public static bool SameParticipants(string? a, string? b) =>
        ParticipantKeys(MeetingRecord.ReadParticipants(a)).SetEquals(ParticipantKeys(MeetingRecord.ReadParticipants(b)));

    public static HashSet<(int? PersonId, string? Name, string Role, string Organization)> ParticipantKeys(IEnumerable<ParticipantValue> participants) =>
        participants.Select(ParticipantKey).ToHashSet();

    // A person not stored yet (the importer leaves a corrected list alone, so it does not create them) is known by name.
    public static (int? PersonId, string? Name, string Role, string Organization) ParticipantKey(ParticipantValue p) =>
        (p.PersonId, p.PersonId is null ? p.NameAsWritten : null, p.Role, p.Organization);

    /// <summary>The same participant as the importer tells them apart: the same person, or the same unnamed official.</summary>
    public static bool SamePerson(ParticipantValue a, ParticipantValue b) =>
        a.PersonId is not null
            ? a.PersonId == b.PersonId
            : b.PersonId is null && a.NameAsWritten == b.NameAsWritten && (a.NameAsWritten is not null || (a.Role == b.Role && a.Organization == b.Organization));

    public static string ParticipantLabel(ParticipantValue p) =>
        p.NameAsWritten is { } name ? $"{name} ({p.Role}, {p.Organization})" : $"the {p.Role} ({p.Organization})";

    private static string Label(string field) => char.ToLowerInvariant(field[0]) + field[1..];

    private static string Quote(string? value) => value switch
    {
        null => "nothing",
        { Length: > QuotedLength } => string.Create(CultureInfo.InvariantCulture, $"“{value[..QuotedLength]}…”"),
        _ => $"“{value}”",
    };
}

/// <summary>A corrected value the article now contradicts; becomes an open review flag on that record and field.</summary>
internal sealed record Disagreement(string RecordType, int RecordId, string? Field, int? MeetingId, string Message, string? Evidence);
