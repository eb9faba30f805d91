using BalkanMeetings.Core.Editing;
using Microsoft.AspNetCore.Components;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>Undoes one revision with a new one, after the editor has seen what it changed and given a reason.</summary>
public sealed partial class RevertPage
{
    private RevisionEntry? _revision;
    private RecordNames _names = RecordNames.None;
    private List<FieldChange> _conflicts = [];
    private RecordNames _conflictNames = RecordNames.None;

    [Parameter]
    public int Id { get; set; }

    // Bound from a posted form (its fields are named Input.*); a new, empty one when none was posted.
    private ReasonForm Input => Bound ??= new();

    [SupplyParameterFromForm(Name = "Input")]
    private ReasonForm? Bound { get; set; }

    [Inject]
    private RevisionHistory History { get; set; } = default!;

    [Inject]
    private RevisionReverter Reverter { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        // A posted form is rendered too, before its handler runs: the framework finds the handler through it.
        if (await History.OneAsync(Id, HttpContext.RequestAborted) is not { } page || !Reverter.CanRevert(page.Revisions[0].Kind, page.Revisions[0].Changes))
        {
            Navigation.NotFound();
            return;
        }

        _revision = page.Revisions[0];
        _names = page.Names;
    }

    private async Task RevertAsync()
    {
        var revision = _revision!;
        Result = await Reverter.RevertAsync(revision.Id, Input.Reason, await CurrentEditor.GetAsync(), HttpContext.RequestAborted);
        switch (Result.Status)
        {
            case EditStatus.Saved:
                var saved = Result.RevisionId!.Value;
                Navigation.NavigateTo($"{ChangeWords.History(revision.Record)}?saved={saved}#revision-{saved}", forceLoad: true);
                break;
            case EditStatus.NotFound:
                Navigation.NotFound();
                break;
            case EditStatus.Conflict:
                // Each field as this revision left it and as it is now, on the record the revision changed it on.
                _conflicts = Result.Conflicts
                    .Select(c => new FieldChange(revision.Changes.FirstOrDefault(r => r.Field == c.Field)?.Record ?? revision.Record, c.Field, c.WhenOpened, c.Now))
                    .ToList();
                _conflictNames = await History.NamesAsync(_conflicts, [revision.Record], HttpContext.RequestAborted);
                break;
        }
    }
}
