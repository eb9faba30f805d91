using System.Globalization;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>
/// A meeting's participants: change each one's person, role and organisation, remove one, add one. The whole list
/// is the meeting's <see cref="MeetingRecord.Participants"/> field; see docs/editing.md#participants.
/// </summary>
public sealed partial class ParticipantsEditPage : RecordEditPage
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

    private string? _title;
    private Dictionary<int, string> _people = [];
    private List<ParticipantRow> _rows = [];
    private Dictionary<string, string> _labels = [];

    protected override string RecordType => nameof(Meeting);

    protected override async Task OnInitializedAsync()
    {
        if (!await LoadRecordAsync())
        {
            return;
        }

        _title = Opened.GetValueOrDefault(MeetingRecord.Title);

        // Every person's name, for the suggestions and to show each participant's person by name.
        _people = await Db.People.Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name);
        var stored = Stored();
        _rows = stored.Select((p, i) => new ParticipantRow(ParticipantRow.KeyOf(i), p.Id, Label(p), Note(p), NameOf(p.PersonId) ?? string.Empty, p.Role, p.Organization, Remove: false))
            .Append(new ParticipantRow(ParticipantRow.NewKey, 0, NewLabel, null, string.Empty, string.Empty, string.Empty, Remove: false))
            .ToList();
        _labels = Labels(_rows);
    }

    // The labels EditProblems names each field by: the participant as stored, then the part.
    private static Dictionary<string, string> Labels(IEnumerable<ParticipantRow> rows)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            labels[row.Field(ParticipantRow.RowPrefix)] = row.Label;
            labels[row.Field(ParticipantRow.PersonPrefix)] = $"{row.Label}: person";
            labels[row.Field(ParticipantRow.RolePrefix)] = $"{row.Label}: role";
            labels[row.Field(ParticipantRow.OrganizationPrefix)] = $"{row.Label}: organisation";
        }

        return labels;
    }

    private IReadOnlyList<ParticipantValue> Stored() => MeetingRecord.ReadParticipants(Opened.GetValueOrDefault(MeetingRecord.Participants));

    private string? NameOf(int? personId) => personId is { } id ? _people.GetValueOrDefault(id) : null;

    private string Label(ParticipantValue participant) => NameOf(participant.PersonId) ?? $"Not identified ({participant.Role})";

    private static string? Note(ParticipantValue participant) => participant switch
    {
        { PersonId: null, NameAsWritten: { } written } => $"Written “{written}” in the article.",
        { PersonId: null } => "The article names only the office.",
        _ => null,
    };

    private async Task SubmitAsync()
    {
        var form = HttpContext.Request.Form;
        var stored = Stored().ToDictionary(p => p.Id);
        var formErrors = new Dictionary<string, string>(StringComparer.Ordinal);
        var proposed = new List<(ParticipantRow Row, ParticipantValue Value)>();
        _rows = [];
        for (var i = 0; int.TryParse(form[$"{ParticipantRow.IdPrefix}-{ParticipantRow.KeyOf(i)}"].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var participantId); i++)
        {
            var old = stored.GetValueOrDefault(participantId);
            var row = ParticipantRow.Read(form, ParticipantRow.KeyOf(i), participantId, old is null ? $"Participant {i + 1}" : Label(old), old is null ? null : Note(old));
            _rows.Add(row);
            if (!row.Remove)
            {
                proposed.Add((row, await ValueAsync(row, old, formErrors)));
            }
        }

        var added = ParticipantRow.Read(form, ParticipantRow.NewKey, 0, NewLabel, null);
        _rows.Add(added);
        if (added.IsFilled)
        {
            proposed.Add((added, await ValueAsync(added, null, formErrors)));
        }

        _labels = Labels(_rows);
        await SaveAsync(new RecordState { [MeetingRecord.Participants] = MeetingRecord.WriteParticipants(proposed.Select(p => p.Value)) }, formErrors);
        if (Result is { Status: EditStatus.Invalid } invalid)
        {
            Result = EditResult.Invalid(BesideRows(invalid.Errors, proposed));
        }
    }

    // The person a row names: the stored one while its name is left as shown, none when the box is empty, else the
    // one the typed name or alias finds. A name that finds no one keeps the stored person and says why beside the box.
    private async Task<ParticipantValue> ValueAsync(ParticipantRow row, ParticipantValue? old, Dictionary<string, string> formErrors)
    {
        var personId = old?.PersonId;
        if (row.Person.Length == 0)
        {
            personId = null;
        }
        else if (row.Person != NameOf(old?.PersonId))
        {
            var choice = await PersonChoice.FindAsync(Db, row.Person, HttpContext.RequestAborted);
            if (choice.Problem is { } problem)
            {
                formErrors[row.Field(ParticipantRow.PersonPrefix)] = problem;
            }
            else
            {
                personId = choice.PersonId;
            }
        }

        return new ParticipantValue(row.ParticipantId, personId, old?.NameAsWritten, old?.NameOrigin ?? ValueOrigin.Edited, row.Role, row.Organization, old?.ArticleId);
    }

    // MeetingRecord names a participant's problems by participant id; the form shows them beside that row's fields.
    private static Dictionary<string, string> BesideRows(IReadOnlyDictionary<string, string> errors, List<(ParticipantRow Row, ParticipantValue Value)> proposed)
    {
        var beside = new Dictionary<string, string>(errors, StringComparer.Ordinal);
        foreach (var (row, value) in proposed)
        {
            foreach (var (part, prefix) in ErrorParts)
            {
                if (beside.Remove(MeetingRecord.ParticipantError(value.Id, part), out var message))
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
