using System.Globalization;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// A meeting as editors correct it: its own fields, and its countries, topics, initiatives and participants, each
/// list one field (so a corrected list is the editor's as a whole; docs/editing.md#how-it-is-stored). Every write
/// moves the meeting's <see cref="Meeting.Version"/> on, so a save needs to read the meeting only once.
/// </summary>
public sealed class MeetingRecord : EntityRecord<Meeting>
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

    public override string RecordType => nameof(Meeting);

    public override bool HasConcurrencyToken => true;

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
    public static string? WriteParticipants(IEnumerable<ParticipantValue> participants) => MeetingParticipants.Write(participants);

    public static IReadOnlyList<ParticipantValue> ReadParticipants(string? value) => MeetingParticipants.Read(value);

    /// <summary>
    /// The key of a problem with one participant: <c>Participants[12].Role</c>, by the participant's id (0 for one
    /// being added) and the <see cref="ParticipantValue"/> property, or <c>Participants[12]</c> for the row as a whole.
    /// </summary>
    public static string ParticipantError(int participantId, string? part = null) => MeetingParticipants.Error(participantId, part);

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

    protected override RecordState ToState(Meeting entity) => State(entity);

    protected override IQueryable<Meeting> Query(BalkanMeetingsDbContext db) =>
        db.Meetings
            .Include(m => m.Countries)
            .Include(m => m.Topics)
            .Include(m => m.Initiatives)
            .Include(m => m.Participants)
            .AsSplitQuery();

    public override async Task<IReadOnlyDictionary<string, string>> ValidateAsync(BalkanMeetingsDbContext db, RecordState current, RecordState proposed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(proposed);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        Normalise(proposed);

        var title = proposed.GetValueOrDefault(Title);
        if (title is null)
        {
            errors[Title] = "Give the meeting a title.";
        }
        else if (title.Length > FieldLimits.MeetingTitle)
        {
            errors[Title] = $"Keep the title under {FieldLimits.MeetingTitle} characters.";
        }

        if (!PartialDate.TryParse(proposed.GetValueOrDefault(Date), out _, out _))
        {
            errors[Date] = "Write the date as 2024-12-16, 2024-12 or 2024, or leave it empty if it is unknown.";
        }
        else if (proposed.GetValueOrDefault(Date) != current.GetValueOrDefault(Date))
        {
            proposed[DateOrigin] = nameof(ValueOrigin.Edited);
        }

        CheckLength(errors, proposed, City, FieldLimits.City, "city");
        CheckLength(errors, proposed, Venue, FieldLimits.Venue, "venue");
        CheckLength(errors, proposed, Summary, FieldLimits.Summary, "summary");
        CheckEnum<MeetingKind>(errors, proposed, Kind, "Choose meeting, visit or call.");
        CheckEnum<MeetingStatus>(errors, proposed, Status, "Choose held or planned.");

        // A list as stored was checked when it was written; only one that changes is looked up.
        if (Changed(current, proposed, Countries))
        {
            var countries = ReadList(proposed.GetValueOrDefault(Countries));
            if (countries.Count == 0)
            {
                errors[Countries] = "Choose at least one country.";
            }
            else if (await db.Countries.CountAsync(c => countries.Contains(c.Code), cancellationToken) != countries.Count)
            {
                errors[Countries] = "Choose countries from the list.";
            }
        }

        if (Changed(current, proposed, Topics))
        {
            await CheckIdsAsync(errors, current, proposed, Topics, db.Topics.Select(t => t.Id), FieldLimits.MeetingTopics, "Choose topics from the vocabulary.", "topics", cancellationToken);
        }

        if (Changed(current, proposed, Initiatives))
        {
            await CheckIdsAsync(errors, current, proposed, Initiatives, db.Initiatives.Select(i => i.Id), FieldLimits.MeetingInitiatives, "Choose initiatives from the list.", "initiatives", cancellationToken);
        }

        if (Changed(current, proposed, Participants))
        {
            await MeetingParticipants.ValidateAsync(db, current, proposed, errors, cancellationToken);
        }

        return errors;
    }

    protected override async Task ApplyAsync(BalkanMeetingsDbContext db, Meeting entity, IReadOnlyDictionary<string, string?> values, Revision? revision, CancellationToken cancellationToken)
    {
        foreach (var (field, value) in values)
        {
            await ApplyFieldAsync(db, entity, field, value, cancellationToken);
        }

        // Every write moves the version on, so a form opened before it cannot save over it.
        entity.Version++;
    }

    private static bool Changed(RecordState current, RecordState proposed, string field) =>
        proposed.ContainsKey(field) && proposed[field] != current.GetValueOrDefault(field);

    // Blank optional text is no value, and lists are stored sorted, so equal states compare equal.
    private static void Normalise(RecordState proposed)
    {
        foreach (var field in new[] { Title, City, Venue, Summary })
        {
            proposed[field] = StoredText.Of(proposed.GetValueOrDefault(field));
        }

        if (PartialDate.TryParse(proposed.GetValueOrDefault(Date), out var date, out var precision))
        {
            proposed[Date] = PartialDate.Iso(date, precision);
        }

        proposed[Countries] = List(ReadList(proposed.GetValueOrDefault(Countries)).Select(c => c.ToUpperInvariant()));
        proposed[Topics] = List(ReadList(proposed.GetValueOrDefault(Topics)));
        proposed[Initiatives] = List(ReadList(proposed.GetValueOrDefault(Initiatives)));
    }

    // Ids must name existing rows; a list longer than the limit may not grow.
    private static async Task CheckIdsAsync(
        Dictionary<string, string> errors,
        RecordState current,
        RecordState proposed,
        string field,
        IQueryable<int> existing,
        int limit,
        string unknown,
        string what,
        CancellationToken cancellationToken)
    {
        var ids = ReadIds(proposed.GetValueOrDefault(field));
        if (ids.Count > limit && ids.Count > ReadIds(current.GetValueOrDefault(field)).Count)
        {
            errors[field] = $"A meeting can have at most {limit} {what}.";
        }
        else if (await existing.CountAsync(id => ids.Contains(id), cancellationToken) != ids.Count)
        {
            errors[field] = unknown;
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
                MeetingParticipants.Apply(db, meeting, ReadParticipants(value));
                break;
            default:
                throw new ArgumentException($"A meeting has no editable field '{field}'.", nameof(field));
        }
    }
}

/// <summary>One participant as stored text; <see cref="Id"/> is 0 for one an editor is adding.</summary>
public sealed record ParticipantValue(int Id, int? PersonId, string? NameAsWritten, ValueOrigin NameOrigin, string Role, string Organization, int? ArticleId);
