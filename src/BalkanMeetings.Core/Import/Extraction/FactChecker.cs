using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>
/// Checks each named participant's office against the dated office holders: the article is recorded as written,
/// and a role that does not fit the date raises a flag. See docs/import.md#inconsistencies.
/// </summary>
public static class FactChecker
{
    public static void Check(ReferenceIndex reference, IReadOnlyList<ExtractedMeeting> meetings, List<ExtractedFlag> flags)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(meetings);
        ArgumentNullException.ThrowIfNull(flags);
        for (var m = 0; m < meetings.Count; m++)
        {
            var meeting = meetings[m];
            if (meeting.DatePrecision is not (DatePrecision.Day or DatePrecision.Month) || PartialDate.Period(meeting.Date, meeting.DatePrecision) is not var (from, to))
            {
                continue;
            }
            for (var p = 0; p < meeting.Participants.Count; p++)
            {
                var participant = meeting.Participants[p];
                if (participant.Name is not { } name || participant.NameOrigin != ValueOrigin.Stated || participant.RoleOrigin != ValueOrigin.Stated || !participant.IsKnownPerson)
                {
                    continue;
                }

                // Only offices the reference data covers for that period can be checked.
                var holders = reference.HoldersOf(participant.Role, participant.Organization, from, to).ToList();
                if (holders.Count == 0 || holders.Any(h => h.Person == name))
                {
                    continue;
                }

                var when = PartialDate.Iso(meeting.Date, meeting.DatePrecision);
                flags.Add(new ExtractedFlag(
                    FlagKind.RoleDoesNotFitDate,
                    FlagSeverity.Error,
                    $"{Surname(name)} was not {participant.Role} on {when}",
                    m,
                    p,
                    "Role",
                    participant.NameAsWritten is { } written ? $"{participant.Role} {written}" : participant.Role,
                    string.Join("; ", holders.Select(h => h.Describe()))));
            }
        }
    }

    public static string Surname(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var space = name.LastIndexOf(' ');
        return space < 0 ? name : name[(space + 1)..];
    }
}
