using BalkanMeetings.Core.Editing;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>
/// An edit form's model: the record's fields as typed (in a subclass), the record as the form showed it when opened,
/// which tells a save that crosses another, and the edit summary.
/// </summary>
public abstract class RecordForm : ReasonForm
{
    /// <summary>The record as the form showed it when opened (<see cref="RecordState.Encode"/>).</summary>
    public string? Opened { get; set; }
}
