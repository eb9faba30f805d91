using BalkanMeetings.Core.Editing;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>Reads a posted edit form into the <see cref="RecordState"/> it proposes; lists come as repeated fields.</summary>
public static class FormState
{
    public const string OpenedField = "Opened";
    public const string ReasonField = "Reason";

    public static RecordState Read(IFormCollection form, IEnumerable<string> textFields, IEnumerable<string> listFields)
    {
        ArgumentNullException.ThrowIfNull(form);
        var state = new RecordState();
        foreach (var field in textFields)
        {
            state[field] = form[field].FirstOrDefault();
        }

        foreach (var field in listFields)
        {
            state[field] = MeetingRecord.List(form[field].OfType<string>());
        }

        return state;
    }

    public static RecordState? Opened(IFormCollection form) => RecordState.Decode(form[OpenedField].FirstOrDefault());

    public static string? Reason(IFormCollection form) => form[ReasonField].FirstOrDefault();
}
