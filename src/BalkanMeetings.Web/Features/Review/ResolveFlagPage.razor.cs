using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Core.Review;
using BalkanMeetings.Web.Features.Editing;
using Microsoft.AspNetCore.Components;

namespace BalkanMeetings.Web.Features.Review;

/// <summary>
/// One flag beside what it is about, and the form that resolves it: accepted as correct, corrected, or dismissed,
/// with a note; an office that someone else held on the date can be fixed here in the same revision
/// (docs/editing.md#resolving-a-flag).
/// </summary>
public sealed partial class ResolveFlagPage
{
    public const string FormName = "resolve-flag";

    /// <summary>The posted names of the outcome and the note, as <see cref="ResolveFlagForm"/> binds them.</summary>
    public const string OutcomeField = "Input.Outcome";
    public const string NoteField = "Input.ResolutionNote";

    /// <summary>The outcome that replaces the participant with the office holder and resolves the flag as corrected.</summary>
    public const string ReplaceOutcome = "Replace";

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        [FlagRecord.Status] = "Outcome",
        [FlagRecord.ResolutionNote] = "Note",
        [MeetingRecord.Participants] = "Participants",
    };

    private static readonly string[] Outcomes = [nameof(FlagStatus.Corrected), nameof(FlagStatus.Accepted), nameof(FlagStatus.Dismissed)];

    private FlagReview? _review;
    private bool _showForm;

    [Parameter]
    public int FlagId { get; set; }

    // Bound from a posted form (its fields are named Input.*); a new, empty one when none was posted.
    private ResolveFlagForm Input => Bound ??= new();

    [SupplyParameterFromForm(Name = "Input")]
    private ResolveFlagForm? Bound { get; set; }

    [Inject]
    private FlagReviewQuery Reviews { get; set; } = default!;

    [Inject]
    private RecordEditor Editor { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        await LoadAsync(openForm: !Posted);
        if (_review is null)
        {
            Navigation.NotFound();
            return;
        }

        // A posted form is rendered too, before its handler runs: the framework finds the handler through it, even
        // when someone else resolved the flag meanwhile (the handler then reports that).
        _showForm = _review.Flag.Status == FlagStatus.Open || Posted;
    }

    // The flag; and, for a form to be opened, the flag and the meeting a replacement changes, as the form remembers them.
    private async Task LoadAsync(bool openForm)
    {
        var cancel = HttpContext.RequestAborted;
        _review = await Reviews.LoadAsync(FlagId, cancel);
        if (!openForm)
        {
            return;
        }

        Input.Opened = _review is null ? null : FlagRecord.State(_review.Flag).Encode();
        Input.OpenedMeeting = _review?.Replacement is { } replacement ? (await Editor.LoadAsync(nameof(Meeting), replacement.MeetingId, cancel))?.Encode() : null;
    }

    private async Task ResolveAsync()
    {
        var opened = RecordState.Decode(Input.Opened);
        var openedMeeting = RecordState.Decode(Input.OpenedMeeting);
        var replacement = Input.Outcome == ReplaceOutcome ? _review!.Replacement : null;

        // A form without the state it was opened with, or a fix no longer offered, is treated as changed meanwhile.
        if (opened is null || (Input.Outcome == ReplaceOutcome && (replacement is null || openedMeeting is null)))
        {
            Result = EditResult.Conflict([]);
        }
        else
        {
            var status = replacement is not null ? nameof(FlagStatus.Corrected) : Outcomes.FirstOrDefault(o => o == Input.Outcome);
            List<RecordEdit> edits = [new(nameof(ReviewFlag), FlagId, opened, new RecordState { [FlagRecord.Status] = status, [FlagRecord.ResolutionNote] = Input.ResolutionNote })];
            if (replacement is not null)
            {
                edits.Add(new RecordEdit(nameof(Meeting), replacement.MeetingId, openedMeeting!, replacement.Propose(openedMeeting!)));
            }

            // The note is the revision's edit summary too.
            Result = await Editor.SaveAsync(RevisionKind.Resolve, edits, Input.ResolutionNote, await CurrentEditor.GetAsync(), HttpContext.RequestAborted);
        }

        if (Result.Status is EditStatus.Saved or EditStatus.Unchanged)
        {
            Navigation.NavigateTo($"/review?resolved={FlagId}", forceLoad: true);
            return;
        }

        if (Result.Status == EditStatus.Invalid)
        {
            Result = EditResult.Invalid(NoteErrors(Result.Errors));
            return;
        }

        if (Result.Status != EditStatus.Conflict)
        {
            return;
        }

        // Changed meanwhile: the page shows the flag and the record as they now are, and the form only if the flag is still open.
        await LoadAsync(openForm: true);
        _showForm = _review?.Flag.Status == FlagStatus.Open;
    }

    // One field is both the note and the summary, so a missing note gets one message, beside that field.
    private static Dictionary<string, string> NoteErrors(IReadOnlyDictionary<string, string> errors)
    {
        var merged = new Dictionary<string, string>(errors, StringComparer.Ordinal);
        if (merged.Remove(ReasonForm.ReasonField, out var reason))
        {
            merged.TryAdd(FlagRecord.ResolutionNote, reason);
        }

        return merged;
    }
}
