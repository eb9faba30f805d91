using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Editing;
using Microsoft.AspNetCore.Components;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>
/// What every edit form does: load the record (on a post too: the framework renders the named form to find its
/// handler), save what the form proposes through <see cref="RecordEditor"/>, go back to the record's page after a
/// save, and otherwise show the form again with what was typed and what to fix. See docs/editing.md.
/// </summary>
public abstract class RecordEditPage : EditorPage
{
    /// <summary>The record; 0 on a page that adds one.</summary>
    [Parameter]
    public int Id { get; set; }

    /// <summary>The record as the form shows it: as stored, or as typed after a refused save.</summary>
    protected RecordState? State { get; private set; }

    /// <summary>The record as it was when the form was opened, carried by the form to detect a conflict.</summary>
    protected RecordState Opened { get; private set; } = new();

    [Inject]
    protected BalkanMeetingsDbContext Db { get; set; } = default!;

    [Inject]
    private RecordEditor Editor { get; set; } = default!;

    protected abstract string RecordType { get; }

    /// <summary>True on a page that adds a record rather than changing one.</summary>
    protected virtual bool Adding => false;

    /// <summary>Where readers see the record, which a save goes back to: its public page by default.</summary>
    protected virtual string ReturnPage(int id) => ChangeWords.RecordPage(new RecordKey(RecordType, id)) ?? "/";

    protected override Task OnInitializedAsync() => LoadRecordAsync();

    /// <summary>Loads the record into the form, or answers 404 and returns false when there is none.</summary>
    protected async Task<bool> LoadRecordAsync()
    {
        State = Adding ? new RecordState() : await Editor.LoadAsync(RecordType, Id, HttpContext.RequestAborted);
        Opened = State ?? new RecordState();
        if (State is null)
        {
            Navigation.NotFound();
        }

        return State is not null;
    }

    /// <summary>
    /// Saves the fields the form proposes, unless the form found problems of its own (a name matching no record),
    /// which are then shown with any the record has.
    /// </summary>
    protected async Task SaveAsync(RecordState proposed, IReadOnlyDictionary<string, string>? formErrors = null)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        var form = HttpContext.Request.Form;
        Reason = FormState.Reason(form);
        var opened = FormState.Opened(form);
        var current = State!;
        var cancellationToken = HttpContext.RequestAborted;

        Result = opened is null ? EditResult.Conflict([])
            : Adding && formErrors is not { Count: > 0 } ? await Editor.CreateAsync(RecordType, proposed, Reason, await CurrentEditor.GetAsync(), cancellationToken)
            : await Editor.SaveAsync(RecordType, Id, opened, proposed, Reason, await CurrentEditor.GetAsync(), formErrors ?? new Dictionary<string, string>(), cancellationToken);
        if (Result.Status is EditStatus.Saved or EditStatus.Unchanged)
        {
            Navigation.NavigateTo(ReturnPage(Result.RecordId ?? Id), forceLoad: true);
            return;
        }

        // The form keeps what was typed; after a conflict it carries the record as it now is, so saving again is a
        // deliberate choice made with the changes in view.
        Opened = Result.Status == EditStatus.Conflict ? current : opened!;
        State = new RecordState(current);
        foreach (var (field, value) in proposed)
        {
            State[field] = value;
        }
    }
}
