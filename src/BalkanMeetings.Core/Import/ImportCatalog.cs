using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import.Extraction;
using BalkanMeetings.Core.Reference;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Import;

/// <summary>
/// Ids of the people, topics, initiatives, countries and dated meetings already stored, loaded once per import run so each
/// article costs no look-up queries. Entries written by an article join only after its transaction commits.
/// </summary>
internal sealed class ImportCatalog
{
    private readonly Dictionary<string, int> _people;
    private readonly Dictionary<string, int> _topics;
    private readonly Dictionary<string, int> _initiatives;
    private readonly HashSet<int> _completeInitiatives;
    private readonly Dictionary<string, string> _countryCodes;
    private readonly HashSet<(string RecordType, int RecordId)> _corrected = [];
    private int _lastCorrection;

    private ImportCatalog(Dictionary<string, int> people, Dictionary<string, int> topics, Dictionary<string, int> initiatives, HashSet<int> completeInitiatives, Dictionary<string, string> countryCodes, MeetingIndex meetings)
    {
        _completeInitiatives = completeInitiatives;
        _people = people;
        _topics = topics;
        _initiatives = initiatives;
        _countryCodes = countryCodes;
        Meetings = meetings;
    }

    public MeetingIndex Meetings { get; }

    public static async Task<ImportCatalog> LoadAsync(BalkanMeetingsDbContext db, CancellationToken cancellationToken)
    {
        var people = await db.People.AsNoTracking().Select(p => new { p.Id, p.SearchKey }).ToListAsync(cancellationToken);
        var topics = await db.Topics.AsNoTracking().Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        var initiatives = await db.Initiatives.AsNoTracking().Select(i => new { i.Id, i.NameKey, Complete = i.Objective != null && i.Timeline != null }).ToListAsync(cancellationToken);
        var countries = await db.Countries.AsNoTracking().Select(c => new { c.Code, c.Name }).ToListAsync(cancellationToken);

        var catalog = new ImportCatalog(
            people.GroupBy(p => p.SearchKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(p => p.Id), StringComparer.Ordinal),
            topics.ToDictionary(t => t.Name, t => t.Id, StringComparer.Ordinal),
            initiatives.ToDictionary(i => i.NameKey, i => i.Id, StringComparer.Ordinal),
            initiatives.Where(i => i.Complete).Select(i => i.Id).ToHashSet(),
            countries.ToDictionary(c => c.Name, c => c.Code, StringComparer.Ordinal),
            await MeetingIndex.LoadAsync(db, cancellationToken));
        await catalog.RefreshCorrectionsAsync(db, cancellationToken);
        return catalog;
    }

    /// <summary>
    /// Learns the corrections saved since the last call: which records editors corrected (only an article touching one
    /// of them looks its corrections up), and the names of people they corrected away (an article still writing an old
    /// name means the same person even once it is no longer an alias; the reference data's aliases map every other
    /// spelling to the canonical name). An initiative keeps the key of the name it was first imported under. Called at
    /// the start of each batch's transaction, during which no editor can save.
    /// </summary>
    public async Task RefreshCorrectionsAsync(BalkanMeetingsDbContext db, CancellationToken cancellationToken)
    {
        var added = await db.Corrections.AsNoTracking()
            .Where(c => c.Id > _lastCorrection)
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.RecordType, c.RecordId, c.Field, c.ImportedValue })
            .ToListAsync(cancellationToken);
        foreach (var correction in added)
        {
            // Of a person the importer compares only the name: an alias corrected (or a merge) asks nothing of articles.
            if (correction.RecordType != nameof(Person) || correction.Field == nameof(Person.Name))
            {
                _corrected.Add((correction.RecordType, correction.RecordId));
            }

            if (correction is { RecordType: nameof(Person), Field: nameof(Person.Name), ImportedValue: { } personName })
            {
                _people.TryAdd(PersonKey(personName), correction.RecordId);
            }

            _lastCorrection = correction.Id;
        }
    }

    /// <summary>True when an editor corrected some field of the record (as of the last <see cref="RefreshCorrectionsAsync"/>).</summary>
    public bool IsCorrected(string recordType, int recordId) => _corrected.Contains((recordType, recordId));

    /// <summary>
    /// The stored meeting an extracted one is the same as, which the article then merges into: same day, a country in
    /// common, and a person or the city in common (<see cref="MeetingIndex.Find"/>). Only a meeting dated to the day
    /// is ever the same; a person not stored yet is in common with no one.
    /// </summary>
    public MeetingIndex.Entry? SameMeeting(ExtractedMeeting extracted, IReadOnlyCollection<string> countryCodes, IEnumerable<int?> people) =>
        extracted.DatePrecision == DatePrecision.Day && extracted.Date is { } date
            ? Meetings.Find(date, extracted.City, countryCodes, people.OfType<int>().ToList())
            : null;

    public static string PersonKey(string name) => NameFolding.Fold(name).Trim();
    public int? PersonId(string name) => _people.TryGetValue(PersonKey(name), out var id) ? id : null;

    public int? TopicId(string name) => _topics.TryGetValue(name, out var id) ? id : null;

    public int? InitiativeId(string nameKey) => _initiatives.TryGetValue(nameKey, out var id) ? id : null;

    public string? CountryCode(string name) => _countryCodes.GetValueOrDefault(name);

    public string? CountryName(string code) => _countryCodes.FirstOrDefault(c => c.Value == code).Key;

    public string? TopicName(int id) => _topics.FirstOrDefault(t => t.Value == id).Key;

    /// <summary>True when the initiative has both objective and timeline, so no article can add to it.</summary>
    public bool IsComplete(int initiativeId) => _completeInitiatives.Contains(initiativeId);

    public void Remember(IEnumerable<(string Name, int Id)> people, IEnumerable<Initiative> initiatives)
    {
        foreach (var (name, id) in people)
        {
            _people.TryAdd(PersonKey(name), id);
        }

        foreach (var initiative in initiatives)
        {
            _initiatives.TryAdd(initiative.NameKey, initiative.Id);
            if (initiative.Objective is not null && initiative.Timeline is not null)
            {
                _completeInitiatives.Add(initiative.Id);
            }
            else
            {
                _completeInitiatives.Remove(initiative.Id);
            }
        }
    }

    public void Forget(IEnumerable<int> initiativeIds)
    {
        var gone = initiativeIds.ToHashSet();
        foreach (var key in _initiatives.Where(kv => gone.Contains(kv.Value)).Select(kv => kv.Key).ToList())
        {
            _initiatives.Remove(key);
        }

        _completeInitiatives.ExceptWith(gone);
    }
}
