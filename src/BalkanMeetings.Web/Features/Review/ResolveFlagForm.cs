namespace BalkanMeetings.Web.Features.Review;

/// <summary>
/// The form resolving a flag: the outcome and the note (which is the revision's edit summary too), with the flag and,
/// for a replacement, the meeting as the form showed them when opened.
/// </summary>
public sealed class ResolveFlagForm
{
    public string? Opened { get; set; }

    public string? OpenedMeeting { get; set; }

    public string? Outcome { get; set; }

    public string? ResolutionNote { get; set; }
}
