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
    public const string OutcomeField = "Outcome";
    public const string OpenedMeetingField = "OpenedMeeting";

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
    private RecordState _opened = new();
    private RecordState? _openedMeeting;
    private string? _outcome;
    private string? _note;
    private bool _showForm;

    [Parameter]
    public int FlagId { get; set; }

    [Inject]
    private FlagReviewQuery Reviews { get; set; } = default!;

    [Inject]
    private RecordEditor Editor { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        await LoadAsync();
        if (_review is null)
        {
            Navigation.NotFound();
            return;
        }

        // A posted form is rendered too, before its handler runs: the framework finds the handler through it, even
        // when someone else resolved the flag meanwhile (the handler then reports that).
        _showForm = _review.Flag.Status == FlagStatus.Open || HttpMethods.IsPost(HttpContext.Request.Method);
    }

    private async Task LoadAsync()
    {
        var cancel = HttpContext.RequestAborted;
        _review = await Reviews.LoadAsync(FlagId, cancel);
        _opened = _review is null ? new RecordState() : FlagRecord.State(_review.Flag);
        _openedMeeting = _review?.Replacement is { } replacement ? await Editor.LoadAsync(nameof(Meeting), replacement.MeetingId, cancel) : null;
    }

    private async Task ResolveAsync()
    {
        var form = HttpContext.Request.Form;
        _outcome = form[OutcomeField].FirstOrDefault();
        _note = form[FlagRecord.ResolutionNote].FirstOrDefault();
        var opened = FormState.Opened(form);
        var openedMeeting = RecordState.Decode(form[OpenedMeetingField].FirstOrDefault());
        var replacement = _outcome == ReplaceOutcome ? _review!.Replacement : null;

        // A form without the state it was opened with, or a fix no longer offered, is treated as changed meanwhile.
        if (opened is null || (_outcome == ReplaceOutcome && (replacement is null || openedMeeting is null)))
        {
            Result = EditResult.Conflict([]);
        }
        else
        {
            var status = replacement is not null ? nameof(FlagStatus.Corrected) : Outcomes.FirstOrDefault(o => o == _outcome);
            List<RecordEdit> edits = [new(nameof(ReviewFlag), FlagId, opened, new RecordState { [FlagRecord.Status] = status, [FlagRecord.ResolutionNote] = _note })];
            if (replacement is not null)
            {
                edits.Add(new RecordEdit(nameof(Meeting), replacement.MeetingId, openedMeeting!, replacement.Propose(openedMeeting!)));
            }

            // The note is the revision's edit summary too.
            Result = await Editor.SaveAsync(RevisionKind.Resolve, edits, _note, await CurrentEditor.GetAsync(), HttpContext.RequestAborted);
        }

        if (Result.Status is EditStatus.Saved or EditStatus.Unchanged)
        {
            Navigation.NavigateTo($"/review?resolved={FlagId}", forceLoad: true);
            return;
        }

        if (Result.Status == EditStatus.Invalid)
        {
            Result = EditResult.Invalid(NoteErrors(Result.Errors));
            (_opened, _openedMeeting) = (opened!, openedMeeting);
            return;
        }

        // Changed meanwhile: the page shows the flag and the record as they now are, and the form only if the flag is still open.
        await LoadAsync();
        _showForm = _review?.Flag.Status == FlagStatus.Open;
    }

    // One field is both the note and the summary, so a missing note gets one message, beside that field.
    private static Dictionary<string, string> NoteErrors(IReadOnlyDictionary<string, string> errors)
    {
        var merged = new Dictionary<string, string>(errors, StringComparer.Ordinal);
        if (merged.Remove(FormState.ReasonField, out var reason))
        {
            merged.TryAdd(FlagRecord.ResolutionNote, reason);
        }

        return merged;
    }
}
