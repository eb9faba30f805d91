using BalkanMeetings.Core.Editing;
using Microsoft.AspNetCore.Components;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>
/// What every edit form does: show the record in the form, save what the editor changed through
/// <see cref="RecordEditor"/>, go back to the record's page after a save, and otherwise show the form again with what
/// was typed and what to fix. A posted form is not read from the database before the save: the save reads the record
/// once, and a refused one hands it back to show. See docs/editing.md.
/// </summary>
/// <typeparam name="TForm">The form model, bound from the posted form.</typeparam>
public abstract class RecordEditPage<TForm> : EditorPage
    where TForm : RecordForm, new()
{
    /// <summary>The record; 0 on a page that adds one.</summary>
    [Parameter]
    public int Id { get; set; }

    /// <summary>The record as the form was opened with: as stored when shown, and after a conflict as it now is.</summary>
    protected RecordState Opened { get; private set; } = new();

    /// <summary>False when there is no such record (the page answers 404).</summary>
    protected bool Found { get; private set; } = true;

    // Bound from a posted form (its fields are named Input.*); a new, empty one when none was posted.
    protected TForm Input => Bound ??= new();

    [SupplyParameterFromForm(Name = "Input")]
    private TForm? Bound { get; set; }

    [Inject]
    private RecordEditor Editor { get; set; } = default!;

    protected abstract string RecordType { get; }

    /// <summary>True on a page that adds a record rather than changing one.</summary>
    protected virtual bool Adding => false;

    /// <summary>Where readers see the record, which a save goes back to: its public page by default.</summary>
    protected virtual string ReturnPage(int id) => ChangeWords.RecordPage(new RecordKey(RecordType, id)) ?? "/";

    protected override async Task OnInitializedAsync()
    {
        // A posted form is rendered too, before its handler runs: the framework finds the handler through it.
        if (Posted)
        {
            Opened = RecordState.Decode(Input.Opened) ?? new RecordState();
            return;
        }

        var current = Adding ? new RecordState() : await Editor.LoadAsync(RecordType, Id, HttpContext.RequestAborted);
        if (current is null)
        {
            Found = false;
            Navigation.NotFound();
            return;
        }

        Opened = current;
        Input.Opened = current.Encode();
        await ShowAsync(current, HttpContext.RequestAborted);
        await PrepareFormAsync(HttpContext.RequestAborted);
    }

    /// <summary>Puts the record's values in the form.</summary>
    protected abstract Task ShowAsync(RecordState current, CancellationToken cancellationToken);

    /// <summary>The fields the editor changed from the record as opened, with what the form itself found wrong.</summary>
    protected abstract Task<RecordState> ProposeAsync(RecordState opened, Dictionary<string, string> formErrors, CancellationToken cancellationToken);

    /// <summary>After a conflict: the form shows the record as it now is, with the editor's changes over it.</summary>
    protected abstract Task RebaseAsync(RecordState opened, RecordState current, CancellationToken cancellationToken);

    /// <summary>Reads what the form offers beside the record (lists to choose from), when it is to be shown.</summary>
    protected virtual Task PrepareFormAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Saves the fields the editor changed, unless the form found problems of its own, which are then shown with any the record has.</summary>
    protected async Task SaveAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var opened = RecordState.Decode(Input.Opened);
        var formErrors = new Dictionary<string, string>(StringComparer.Ordinal);
        var proposed = opened is null ? new RecordState() : await ProposeAsync(opened, formErrors, cancellationToken);
        var editor = await CurrentEditor.GetAsync();

        // A form without the state it was opened with is treated as changed meanwhile.
        Result = opened is null ? EditResult.Conflict([])
            : Adding && formErrors.Count == 0 ? await Editor.CreateAsync(RecordType, proposed, Input.Reason, editor, cancellationToken)
            : await Editor.SaveAsync(RecordType, Id, opened, proposed, Input.Reason, editor, formErrors, cancellationToken);
        switch (Result.Status)
        {
            case EditStatus.Saved or EditStatus.Unchanged:
                Navigation.NavigateTo(ReturnPage(Result.RecordId ?? Id), forceLoad: true);
                return;
            case EditStatus.NotFound:
                Found = false;
                Navigation.NotFound();
                return;
            case EditStatus.Conflict:
                var current = Result.Current ?? (Adding ? new RecordState() : await Editor.LoadAsync(RecordType, Id, cancellationToken));
                if (current is null)
                {
                    Found = false;
                    Navigation.NotFound();
                    return;
                }

                // Saving again is then a deliberate choice, made with the changes in view, of the editor's own changes.
                await RebaseAsync(opened ?? current, current, cancellationToken);
                Opened = current;
                Input.Opened = current.Encode();
                break;
        }

        await PrepareFormAsync(cancellationToken);
    }
}
