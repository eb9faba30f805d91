namespace BalkanMeetings.Web.Features.Editing;

/// <summary>The form confirming a merge: the record merged into the page's, and the reason.</summary>
public sealed class MergeForm : ReasonForm
{
    /// <summary>The number of the record merged away, as the page carried it.</summary>
    public string? Other { get; set; }
}
