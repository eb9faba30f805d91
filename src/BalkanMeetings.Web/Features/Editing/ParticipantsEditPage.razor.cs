using System.Globalization;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>
/// A meeting's participants: change each one's person, role and organisation, remove one, add one. The whole list
/// is the meeting's <see cref="MeetingRecord.Participants"/> field; see docs/editing.md#participants.
/// </summary>
public sealed partial class ParticipantsEditPage : RecordEditPage<ParticipantsForm>
{
    private const string NewLabel = "Add a participant";

    // The parts of a participant MeetingRecord reports problems with, and the prefix of the form field each is shown beside.
    private static readonly (string? Part, string Prefix)[] ErrorParts =
    [
        (null, ParticipantRow.RowPrefix),
        (nameof(ParticipantValue.PersonId), ParticipantRow.PersonPrefix),
        (nameof(ParticipantValue.Role), ParticipantRow.RolePrefix),
        (nameof(ParticipantValue.Organization), ParticipantRow.OrganizationPrefix),
    ];

    // The names of the people the form shows or compares with, by id; every name only for the suggestions.
    private readonly Dictionary<int, string> _names = [];
    private IReadOnlyList<string> _suggestions = [];
    private List<ParticipantRow> _rows = [];
    private Dictionary<string, string> _labels = [];

    [Inject]
    private BalkanMeetingsDbContext Db { get; set; } = default!;

    protected override string RecordType => nameof(Meeting);

    private IReadOnlyList<ParticipantValue> OpenedParticipants => MeetingRecord.ReadParticipants(Opened.GetValueOrDefault(MeetingRecord.Participants));

    protected override async Task ShowAsync(RecordState current, CancellationToken cancellationToken)
    {
        var participants = MeetingRecord.ReadParticipants(current.GetValueOrDefault(MeetingRecord.Participants));
        await LoadNamesAsync(participants, cancellationToken);
        Input.Rows = participants.Select(p => new ParticipantInput { Id = ParticipantKey(p), Person = NameOf(p.PersonId) ?? string.Empty, Role = p.Role, Organization = p.Organization }).ToList();
        Input.New = new ParticipantInput();
    }

    // Each row must be one of the participants the form was opened with, each of them once: a form that says otherwise
    // (a missing, repeated or unknown id) was not made by this page and saves nothing.
    protected override async Task<RecordState> ProposeAsync(RecordState opened, Dictionary<string, string> formErrors, CancellationToken cancellationToken)
    {
        var stored = MeetingRecord.ReadParticipants(opened.GetValueOrDefault(MeetingRecord.Participants)).ToDictionary(ParticipantKey);
        var ids = Input.Rows.Select(r => r.Id ?? string.Empty).ToList();
        if (ids.Count != stored.Count || ids.Distinct(StringComparer.Ordinal).Count() != ids.Count || !ids.All(stored.ContainsKey))
        {
            formErrors[MeetingRecord.Participants] = "This form does not list the meeting's participants as they were when it was opened. Nothing was saved: open the form again and make your changes there.";
            return new RecordState();
        }

        await LoadNamesAsync(stored.Values, cancellationToken);
        var proposed = new List<ParticipantValue>();
        foreach (var (row, position) in Input.Rows.Select((r, i) => (r, i)).Where(r => !r.r.Remove))
        {
            proposed.Add(await ValueAsync(row, ParticipantRow.KeyOf(position), stored[row.Id!], formErrors, cancellationToken));
        }

        if (Input.New.IsFilled)
        {
            proposed.Add(await ValueAsync(Input.New, ParticipantRow.NewKey, null, formErrors, cancellationToken));
        }

        var participants = MeetingRecord.WriteParticipants(proposed);
        return participants == opened.GetValueOrDefault(MeetingRecord.Participants) ? new RecordState() : new RecordState { [MeetingRecord.Participants] = participants };
    }

    // The meeting's participants as they now are, with the parts of each the editor changed, and the one they added.
    protected override async Task RebaseAsync(RecordState opened, RecordState current, CancellationToken cancellationToken)
    {
        var before = MeetingRecord.ReadParticipants(opened.GetValueOrDefault(MeetingRecord.Participants)).ToDictionary(ParticipantKey);
        var typed = Input.Rows.Where(r => r.Id is not null).DistinctBy(r => r.Id).ToDictionary(r => r.Id!);
        var added = Input.New;
        await ShowAsync(current, cancellationToken);
        foreach (var row in Input.Rows)
        {
            if (before.TryGetValue(row.Id!, out var was) && typed.TryGetValue(row.Id!, out var edited))
            {
                row.Person = Changed(edited.Person, NameOf(was.PersonId)) ?? row.Person;
                row.Role = Changed(edited.Role, was.Role) ?? row.Role;
                row.Organization = Changed(edited.Organization, was.Organization) ?? row.Organization;
                row.Remove = edited.Remove;
            }
        }

        Input.New = added;
    }

    protected override async Task PrepareFormAsync(CancellationToken cancellationToken)
    {
        _suggestions = await Db.People.Select(p => p.Name).Distinct().ToListAsync(cancellationToken);
        var stored = OpenedParticipants.ToDictionary(ParticipantKey);
        await LoadNamesAsync(stored.Values, cancellationToken);
        _rows = Input.Rows.Select((row, i) => stored.TryGetValue(row.Id ?? string.Empty, out var p)
                ? new ParticipantRow(ParticipantRow.KeyOf(i), row.Id, Label(p), Note(p), row)
                : new ParticipantRow(ParticipantRow.KeyOf(i), row.Id, $"Participant {i + 1}", null, row))
            .Append(new ParticipantRow(ParticipantRow.NewKey, null, NewLabel, null, Input.New))
            .ToList();
        _labels = Labels(_rows);
        if (Result is { Status: EditStatus.Invalid } invalid)
        {
            Result = EditResult.Invalid(BesideRows(invalid.Errors));
        }
    }

    private static string ParticipantKey(ParticipantValue participant) => participant.Id.ToString(CultureInfo.InvariantCulture);

    private static string? Changed(string? typed, string? was) => (typed?.Trim() ?? string.Empty) == (was ?? string.Empty) ? null : typed;

    private async Task LoadNamesAsync(IEnumerable<ParticipantValue> participants, CancellationToken cancellationToken)
    {
        var ids = participants.Select(p => p.PersonId).OfType<int>().Where(id => !_names.ContainsKey(id)).Distinct().ToList();
        if (ids.Count > 0)
        {
            foreach (var person in await Db.People.Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken))
            {
                _names[person.Id] = person.Name;
            }
        }
    }

    // The labels EditProblems names each field by: the participant as stored, then the part.
    private static Dictionary<string, string> Labels(IEnumerable<ParticipantRow> rows)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal) { [MeetingRecord.Participants] = "Participants" };
        foreach (var row in rows)
        {
            labels[row.Field(ParticipantRow.RowPrefix)] = row.Label;
            labels[row.Field(ParticipantRow.PersonPrefix)] = $"{row.Label}: person";
            labels[row.Field(ParticipantRow.RolePrefix)] = $"{row.Label}: role";
            labels[row.Field(ParticipantRow.OrganizationPrefix)] = $"{row.Label}: organisation";
        }

        return labels;
    }

    private string? NameOf(int? personId) => personId is { } id ? _names.GetValueOrDefault(id) : null;

    private string Label(ParticipantValue participant) => NameOf(participant.PersonId) ?? $"Not identified ({participant.Role})";

    private static string? Note(ParticipantValue participant) => participant switch
    {
        { PersonId: null, NameAsWritten: { } written } => $"Written “{written}” in the article.",
        { PersonId: null } => "The article names only the office.",
        _ => null,
    };

    // The person a row names: the stored one while its name is left as shown, none when the box is empty, else the
    // one the typed name or alias finds. A name that finds no one keeps the stored person and says why beside the box.
    private async Task<ParticipantValue> ValueAsync(ParticipantInput row, string key, ParticipantValue? old, Dictionary<string, string> formErrors, CancellationToken cancellationToken)
    {
        var person = row.Person?.Trim() ?? string.Empty;
        var personId = old?.PersonId;
        if (person.Length == 0)
        {
            personId = null;
        }
        else if (person != NameOf(old?.PersonId))
        {
            var choice = await PersonChoice.FindAsync(Db, person, cancellationToken);
            if (choice.Problem is { } problem)
            {
                formErrors[$"{ParticipantRow.PersonPrefix}-{key}"] = problem;
            }
            else
            {
                personId = choice.PersonId;
            }
        }

        return new ParticipantValue(old?.Id ?? 0, personId, old?.NameAsWritten, old?.NameOrigin ?? ValueOrigin.Edited, row.Role?.Trim() ?? string.Empty, row.Organization?.Trim() ?? string.Empty, old?.ArticleId);
    }

    // MeetingRecord names a participant's problems by participant id; the form shows them beside that row's fields.
    private Dictionary<string, string> BesideRows(IReadOnlyDictionary<string, string> errors)
    {
        var beside = new Dictionary<string, string>(errors, StringComparer.Ordinal);
        foreach (var row in _rows)
        {
            var participantId = int.TryParse(row.ParticipantId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
            foreach (var (part, prefix) in ErrorParts)
            {
                if (beside.Remove(MeetingRecord.ParticipantError(participantId, part), out var message))
                {
                    beside.TryAdd(row.Field(prefix), message);
                }
            }
        }

        return beside;
    }

    // A participants list reads as names, roles and organisations in the conflict table, not as stored JSON.
    private string? Describe(string field, string? value) =>
        field == MeetingRecord.Participants
            ? string.Join("\n", MeetingRecord.ReadParticipants(value).Select(p => $"{NameOf(p.PersonId) ?? "not identified"}: {p.Role}, {p.Organization}"))
            : value;
}
