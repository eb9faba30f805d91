using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// The checks against the reference data, after all extraction: each participant whose name and office the article
/// states is checked against the dated office holders and recorded as written; an office someone else held on the
/// meeting date raises RoleDoesNotFitDate. See docs/import.md#inconsistencies.
/// </summary>
public sealed class FactCheckRule : IExtractionRule
{
    public void Apply(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var meeting in context.Meetings)
        {
            for (var p = 0; p < meeting.Participants.Count; p++)
            {
                CheckOffice(context, meeting, p, meeting.Participants[p]);
            }
        }
    }

    private static void CheckOffice(ArticleContext context, MeetingDraft meeting, int index, ParticipantDraft participant)
    {
        if (meeting.Date is not { Precision: DatePrecision.Day or DatePrecision.Month } date || participant.Name is not { } name
            || participant.NameOrigin != ValueOrigin.Stated || participant.RoleOrigin != ValueOrigin.Stated || !participant.IsKnown)
        {
            return;
        }

        // Only offices the reference data covers for that period can be checked.
        var holders = context.Reference.HoldersOf(participant.Role, participant.Organization, date.From, date.To).ToList();
        if (holders.Count == 0 || holders.Any(h => h.Person == name))
        {
            return;
        }

        context.Raise(
            FlagKind.RoleDoesNotFitDate,
            FlagSeverity.Error,
            $"{Surname(name)} was not {participant.Role} on {date}",
            meeting,
            index,
            "Role",
            participant.NameAsWritten is { } written ? $"{participant.Role} {written}" : participant.Role,
            string.Join("; ", holders.Select(h => h.Describe())));
    }

    public static string Surname(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var space = name.LastIndexOf(' ');
        return space < 0 ? name : name[(space + 1)..];
    }
}
