using System.Globalization;
using System.Text.Json;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// A meeting as editors correct it: its own fields, and its countries, topics, initiatives and participants, each
/// list one field (so a corrected list is the editor's as a whole; docs/editing.md#how-it-is-stored).
/// </summary>
public sealed class MeetingRecord : EditableRecord
{
    public const string Title = nameof(Meeting.Title);
    public const string Date = nameof(Meeting.Date);
    public const string DateOrigin = nameof(Meeting.DateOrigin);
    public const string City = nameof(Meeting.City);
    public const string Venue = nameof(Meeting.Venue);
    public const string Kind = nameof(Meeting.Kind);
    public const string Status = nameof(Meeting.Status);
    public const string Summary = nameof(Meeting.Summary);
    public const string Countries = nameof(Meeting.Countries);
    public const string Topics = nameof(Meeting.Topics);
    public const string Initiatives = nameof(Meeting.Initiatives);
    public const string Participants = nameof(Meeting.Participants);

    public const int SummaryMaxLength = 4000;
    public const int RoleMaxLength = 200;
    public const int OrganizationMaxLength = 100;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public override string RecordType => nameof(Meeting);

    /// <summary>A list of ids or codes as stored text: sorted, comma-separated, null when empty.</summary>
    public static string? List(IEnumerable<string> items)
    {
        var sorted = items.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return sorted.Count == 0 ? null : string.Join(',', sorted);
    }

    public static string? List(IEnumerable<int> ids) => List(ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));

    public static IReadOnlyList<string> ReadList(string? value) =>
        string.IsNullOrEmpty(value) ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static IReadOnlyList<int> ReadIds(string? value) =>
        ReadList(value).Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1).ToList();

    /// <summary>Participants as stored text: JSON, ordered by id, new participants (id 0) last.</summary>
    public static string? WriteParticipants(IEnumerable<ParticipantValue> participants)
    {
        var list = participants.OrderBy(p => p.Id == 0).ThenBy(p => p.Id).ToList();
        return list.Count == 0 ? null : JsonSerializer.Serialize(list, Json);
    }

    public static IReadOnlyList<ParticipantValue> ReadParticipants(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<ParticipantValue>>(value, Json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public override async Task<RecordState?> LoadAsync(BalkanMeetingsDbContext db, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var meeting = await db.Meetings.AsNoTracking()
            .Include(m => m.Countries)
            .Include(m => m.Topics)
            .Include(m => m.Initiatives)
            .Include(m => m.Participants)
            .AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        return meeting is null ? null : State(meeting);
    }

    public override async Task<IReadOnlyDictionary<string, string>> ValidateAsync(BalkanMeetingsDbContext db, RecordState current, RecordState proposed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(proposed);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        Normalise(proposed);

        var title = proposed.GetValueOrDefault(Title);
        if (string.IsNullOrWhiteSpace(title))
        {
            errors[Title] = "Give the meeting a title.";
        }
        else if (title.Length > 500)
        {
            errors[Title] = "Keep the title under 500 characters.";
        }

        if (!PartialDate.TryParse(proposed.GetValueOrDefault(Date), out _, out _))
        {
            errors[Date] = "Write the date as 2024-12-16, 2024-12 or 2024, or leave it empty if it is unknown.";
        }
        else if (proposed.GetValueOrDefault(Date) != current.GetValueOrDefault(Date))
        {
            proposed[DateOrigin] = nameof(ValueOrigin.Edited);
        }

        CheckLength(errors, proposed, City, 100, "city");
        CheckLength(errors, proposed, Venue, 200, "venue");
        CheckLength(errors, proposed, Summary, SummaryMaxLength, "summary");
        CheckEnum<MeetingKind>(errors, proposed, Kind, "Choose meeting, visit or call.");
        CheckEnum<MeetingStatus>(errors, proposed, Status, "Choose held or planned.");

        var countries = ReadList(proposed.GetValueOrDefault(Countries));
        var known = await db.Countries.Where(c => countries.Contains(c.Code)).CountAsync(cancellationToken);
        if (countries.Count == 0)
        {
            errors[Countries] = "Choose at least one country.";
        }
        else if (known != countries.Count)
        {
            errors[Countries] = "Choose countries from the list.";
        }

        var topics = ReadIds(proposed.GetValueOrDefault(Topics));
        if (await db.Topics.CountAsync(t => topics.Contains(t.Id), cancellationToken) != topics.Count)
        {
            errors[Topics] = "Choose topics from the vocabulary.";
        }

        var initiatives = ReadIds(proposed.GetValueOrDefault(Initiatives));
        if (await db.Initiatives.CountAsync(i => initiatives.Contains(i.Id), cancellationToken) != initiatives.Count)
        {
            errors[Initiatives] = "Choose initiatives from the list.";
        }

        await ValidateParticipantsAsync(db, current, proposed, errors, cancellationToken);
        return errors;
    }

    public override async Task ApplyAsync(BalkanMeetingsDbContext db, int id, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(values);
        var meeting = await db.Meetings
            .Include(m => m.Countries)
            .Include(m => m.Topics)
            .Include(m => m.Initiatives)
            .Include(m => m.Participants)
            .AsSplitQuery()
            .SingleAsync(m => m.Id == id, cancellationToken);
        foreach (var (field, value) in values)
        {
            await ApplyFieldAsync(db, meeting, field, value, cancellationToken);
        }

        // Every write moves the version on, so a form opened before it cannot save over it.
        meeting.Version++;
    }

    /// <summary>The meeting as stored text; its countries, topics, initiatives and participants must be loaded.</summary>
    internal static RecordState State(Meeting meeting) => new()
    {
        [Title] = meeting.Title,
        [Date] = PartialDate.Iso(meeting.Date, meeting.DatePrecision),
        [DateOrigin] = meeting.DateOrigin.ToString(),
        [City] = meeting.City,
        [Venue] = meeting.Venue,
        [Kind] = meeting.Kind.ToString(),
        [Status] = meeting.Status.ToString(),
        [Summary] = meeting.Summary,
        [Countries] = List(meeting.Countries.Select(c => c.CountryCode)),
        [Topics] = List(meeting.Topics.Select(t => t.TopicId)),
        [Initiatives] = List(meeting.Initiatives.Select(i => i.InitiativeId)),
        [Participants] = WriteParticipants(meeting.Participants.Select(p => new ParticipantValue(p.Id, p.PersonId, p.NameAsWritten, p.NameOrigin, p.Role, p.Organization, p.ArticleId))),
    };

    // Blank optional text is no value, and lists are stored sorted, so equal states compare equal.
    private static void Normalise(RecordState proposed)
    {
        foreach (var field in new[] { Title, City, Venue, Summary })
        {
            var value = proposed.GetValueOrDefault(field)?.Trim();
            proposed[field] = string.IsNullOrEmpty(value) ? null : value;
        }

        if (PartialDate.TryParse(proposed.GetValueOrDefault(Date), out var date, out var precision))
        {
            proposed[Date] = PartialDate.Iso(date, precision);
        }

        proposed[Countries] = List(ReadList(proposed.GetValueOrDefault(Countries)).Select(c => c.ToUpperInvariant()));
        proposed[Topics] = List(ReadList(proposed.GetValueOrDefault(Topics)));
        proposed[Initiatives] = List(ReadList(proposed.GetValueOrDefault(Initiatives)));
    }

    /// <summary>
    /// The key of a problem with one participant: <c>Participants[12].Role</c>, by the participant's id (0 for one
    /// being added) and the <see cref="ParticipantValue"/> property, or <c>Participants[12]</c> for the row as a whole.
    /// </summary>
    public static string ParticipantError(int participantId, string? part = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{Participants}[{participantId}]{(part is null ? string.Empty : "." + part)}");

    // Rows added or changed are checked; the others are as stored and were checked when they were written.
    private static async Task ValidateParticipantsAsync(BalkanMeetingsDbContext db, RecordState current, RecordState proposed, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var before = ReadParticipants(current.GetValueOrDefault(Participants)).ToDictionary(p => p.Id);
        var after = new List<ParticipantValue>();
        var newPeople = new List<(int Row, int PersonId)>();
        var proposedRows = ReadParticipants(proposed.GetValueOrDefault(Participants));

        // A row with an id the meeting lacks is one a revert brings back; its id must not be taken by another row.
        var restoredIds = proposedRows.Where(p => p.Id != 0 && !before.ContainsKey(p.Id)).Select(p => p.Id).ToList();
        HashSet<int> takenIds = restoredIds.Count == 0
            ? []
            : (await db.Participations.Where(p => restoredIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var participant in proposedRows)
        {
            var role = participant.Role.Trim();
            var organization = participant.Organization.Trim();
            var old = before.GetValueOrDefault(participant.Id);

            var restored = participant.Id != 0 && old is null;
            if (restored && takenIds.Contains(participant.Id))
            {
                errors[ParticipantError(participant.Id)] = "This participant is no longer at this meeting; reload the page.";
            }

            var personChanged = old?.PersonId != participant.PersonId;
            if (old is null || personChanged || old.Role != role || old.Organization != organization)
            {
                CheckPart(errors, participant.Id, nameof(ParticipantValue.Role), role, RoleMaxLength, "role");
                CheckPart(errors, participant.Id, nameof(ParticipantValue.Organization), organization, OrganizationMaxLength, "organisation");
            }

            if (personChanged && participant.PersonId is { } personId)
            {
                newPeople.Add((participant.Id, personId));
            }

            // The article's spelling and source stay with the row; a person the editor chose is marked as theirs.
            after.Add(restored
                ? participant with { Role = role, Organization = organization }
                : participant with
                {
                    Role = role,
                    Organization = organization,
                    NameAsWritten = old?.NameAsWritten,
                    ArticleId = old?.ArticleId,
                    NameOrigin = old is null || personChanged ? ValueOrigin.Edited : old.NameOrigin,
                });
        }

        var ids = newPeople.Select(p => p.PersonId).Distinct().ToList();
        var known = await db.People.Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var (row, _) in newPeople.Where(p => !known.Contains(p.PersonId)))
        {
            errors[ParticipantError(row, nameof(ParticipantValue.PersonId))] = "Choose a person who is in the database.";
        }

        proposed[Participants] = WriteParticipants(after);
    }

    private static void CheckPart(Dictionary<string, string> errors, int participantId, string part, string value, int maxLength, string what)
    {
        if (value.Length == 0)
        {
            errors[ParticipantError(participantId, part)] = $"Give the {what}.";
        }
        else if (value.Length > maxLength)
        {
            errors[ParticipantError(participantId, part)] = $"Keep the {what} under {maxLength} characters.";
        }
    }

    private static void CheckLength(Dictionary<string, string> errors, RecordState proposed, string field, int maxLength, string what)
    {
        if (proposed.GetValueOrDefault(field) is { Length: var length } && length > maxLength)
        {
            errors[field] = $"Keep the {what} under {maxLength} characters.";
        }
    }

    private static void CheckEnum<TEnum>(Dictionary<string, string> errors, RecordState proposed, string field, string message)
        where TEnum : struct, Enum
    {
        if (!Enum.TryParse<TEnum>(proposed.GetValueOrDefault(field), ignoreCase: false, out var value) || !Enum.IsDefined(value))
        {
            errors[field] = message;
        }
    }

    private static async Task ApplyFieldAsync(BalkanMeetingsDbContext db, Meeting meeting, string field, string? value, CancellationToken cancellationToken)
    {
        switch (field)
        {
            case Title:
                meeting.Title = value ?? string.Empty;
                break;
            case Date:
                _ = PartialDate.TryParse(value, out var date, out var precision);
                (meeting.Date, meeting.DatePrecision) = (date, precision);
                break;
            case DateOrigin:
                meeting.DateOrigin = Enum.Parse<ValueOrigin>(value!);
                break;
            case City:
                meeting.City = value;
                break;
            case Venue:
                meeting.Venue = value;
                break;
            case Kind:
                meeting.Kind = Enum.Parse<MeetingKind>(value!);
                break;
            case Status:
                meeting.Status = Enum.Parse<MeetingStatus>(value!);
                break;
            case Summary:
                meeting.Summary = value;
                break;
            case Countries:
                var codes = ReadList(value);
                meeting.Countries.RemoveAll(c => !codes.Contains(c.CountryCode));
                meeting.Countries.AddRange(codes.Where(code => meeting.Countries.All(c => c.CountryCode != code)).Select(code => new MeetingCountry { CountryCode = code }));
                break;
            case Topics:
                var topicIds = ReadIds(value);
                meeting.Topics.RemoveAll(t => !topicIds.Contains(t.TopicId));
                var newTopics = topicIds.Where(id => meeting.Topics.All(t => t.TopicId != id)).ToList();
                var names = await db.Topics.Where(t => newTopics.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);

                // A topic an editor adds has no words of the article behind it; its label is the topic's own name.
                meeting.Topics.AddRange(newTopics.Select(id => new MeetingTopic { TopicId = id, RawLabel = names[id] }));
                break;
            case Initiatives:
                var initiativeIds = ReadIds(value);
                meeting.Initiatives.RemoveAll(i => !initiativeIds.Contains(i.InitiativeId));
                meeting.Initiatives.AddRange(initiativeIds.Where(id => meeting.Initiatives.All(i => i.InitiativeId != id)).Select(id => new MeetingInitiative { InitiativeId = id }));
                break;
            case Participants:
                ApplyParticipants(db, meeting, ReadParticipants(value));
                break;
            default:
                throw new ArgumentException($"A meeting has no editable field '{field}'.", nameof(field));
        }
    }

    private static void ApplyParticipants(BalkanMeetingsDbContext db, Meeting meeting, IReadOnlyList<ParticipantValue> participants)
    {
        var kept = participants.Where(p => p.Id != 0).Select(p => p.Id).ToHashSet();
        meeting.Participants.RemoveAll(p => !kept.Contains(p.Id));
        foreach (var value in participants)
        {
            var row = meeting.Participants.FirstOrDefault(p => p.Id == value.Id && value.Id != 0);
            if (row is null)
            {
                // A revert brings a removed participant back under its old id, so its history stays one. Added
                // explicitly: found through the meeting with its id set, EF would take it for a row to update.
                row = new Participation { Id = value.Id, Role = value.Role, Organization = value.Organization };
                db.Participations.Add(row);
                meeting.Participants.Add(row);
            }

            row.PersonId = value.PersonId;
            row.NameAsWritten = value.NameAsWritten;
            row.NameOrigin = value.NameOrigin;
            row.Role = value.Role;
            row.Organization = value.Organization;
            row.ArticleId = value.ArticleId;
        }
    }
}

/// <summary>One participant as stored text; <see cref="Id"/> is 0 for one an editor is adding.</summary>
public sealed record ParticipantValue(int Id, int? PersonId, string? NameAsWritten, ValueOrigin NameOrigin, string Role, string Organization, int? ArticleId);
