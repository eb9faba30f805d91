using System.Globalization;
using System.Text.Json;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// A meeting's participants as one field of <see cref="MeetingRecord"/>: stored as JSON, checked row by row, and
/// written to the meeting's participation rows. See docs/editing.md#participants.
/// </summary>
internal static class MeetingParticipants
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Participants as stored text: JSON, ordered by id, new participants (id 0) last.</summary>
    public static string? Write(IEnumerable<ParticipantValue> participants)
    {
        var list = participants.OrderBy(p => p.Id == 0).ThenBy(p => p.Id).ToList();
        return list.Count == 0 ? null : JsonSerializer.Serialize(list, Json);
    }

    public static IReadOnlyList<ParticipantValue> Read(string? value)
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

    public static string Error(int participantId, string? part) =>
        string.Create(CultureInfo.InvariantCulture, $"{MeetingRecord.Participants}[{participantId}]{(part is null ? string.Empty : "." + part)}");

    /// <summary>
    /// Checks the proposed rows and writes them back as they would be stored. Rows added or changed are checked; the
    /// others are as stored and were checked when they were written.
    /// </summary>
    public static async Task ValidateAsync(BalkanMeetingsDbContext db, RecordState current, RecordState proposed, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var before = Read(current.GetValueOrDefault(MeetingRecord.Participants)).ToDictionary(p => p.Id);
        var proposedRows = Read(proposed.GetValueOrDefault(MeetingRecord.Participants));
        if (proposedRows.Count > FieldLimits.MeetingParticipants && proposedRows.Count > before.Count)
        {
            errors[MeetingRecord.Participants] = $"A meeting can list at most {FieldLimits.MeetingParticipants} participants.";
        }

        // A row with an id the meeting lacks is one a revert brings back; its id must not be taken by another row.
        var restoredIds = proposedRows.Where(p => p.Id != 0 && !before.ContainsKey(p.Id)).Select(p => p.Id).ToList();
        HashSet<int> takenIds = restoredIds.Count == 0
            ? []
            : (await db.Participations.Where(p => restoredIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        var after = new List<ParticipantValue>();
        var newPeople = new List<(int Row, int PersonId)>();
        foreach (var participant in proposedRows)
        {
            var role = participant.Role.Trim();
            var organization = participant.Organization.Trim();
            var old = before.GetValueOrDefault(participant.Id);
            var restored = participant.Id != 0 && old is null;
            if (restored && takenIds.Contains(participant.Id))
            {
                errors[Error(participant.Id, null)] = "This participant is no longer at this meeting; reload the page.";
            }

            var personChanged = old?.PersonId != participant.PersonId;
            if (old is null || personChanged || old.Role != role || old.Organization != organization)
            {
                CheckPart(errors, participant.Id, nameof(ParticipantValue.Role), role, FieldLimits.Role, "role");
                CheckPart(errors, participant.Id, nameof(ParticipantValue.Organization), organization, FieldLimits.Organization, "organisation");
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
        var known = ids.Count == 0 ? [] : await db.People.Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var (row, _) in newPeople.Where(p => !known.Contains(p.PersonId)))
        {
            errors[Error(row, nameof(ParticipantValue.PersonId))] = "Choose a person who is in the database.";
        }

        proposed[MeetingRecord.Participants] = Write(after);
    }

    /// <summary>Makes the meeting's participation rows those of the stored text.</summary>
    public static void Apply(BalkanMeetingsDbContext db, Meeting meeting, IReadOnlyList<ParticipantValue> participants)
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

    private static void CheckPart(Dictionary<string, string> errors, int participantId, string part, string value, int maxLength, string what)
    {
        if (value.Length == 0)
        {
            errors[Error(participantId, part)] = $"Give the {what}.";
        }
        else if (value.Length > maxLength)
        {
            errors[Error(participantId, part)] = $"Keep the {what} under {maxLength} characters.";
        }
    }
}
