namespace BalkanMeetings.Web.Features.Editing;

/// <summary>The form splitting a meeting: the articles that move to the new meeting, and the reason.</summary>
public sealed class SplitForm : ReasonForm
{
    // Nothing ticked is not posted at all, and binding then sets the list to null: it is empty.
    public List<string> Articles { get; set => field = value ?? []; } = [];
}
