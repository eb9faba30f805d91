namespace BalkanMeetings.Web.Features.Editing;

/// <summary>
/// What every form that writes a revision posts: the edit summary. Pages bind their form to a subclass with
/// <c>[SupplyParameterFromForm]</c> as <c>Input</c>, so its fields are named <c>Input.Reason</c> and so on.
/// </summary>
public class ReasonForm
{
    /// <summary>The key of the edit summary's problems, as the editor reports them, and of its field on the page.</summary>
    public const string ReasonField = "Reason";

    public string? Reason { get; set; }
}
