using BalkanMeetings.Core.Editing;
using BalkanMeetings.Web.Features.Accounts;
using Microsoft.AspNetCore.Components;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>Undoes one revision with a new one, after the editor has seen what it changed and given a reason.</summary>
public sealed partial class RevertPage
{
    private RevisionEntry? _revision;
    private RecordNames _names = RecordNames.None;
    private EditResult? _result;
    private string? _reason;
    private List<FieldChange> _conflicts = [];
    private RecordNames _conflictNames = RecordNames.None;

    [Parameter]
    public int Id { get; set; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Inject]
    private RevisionHistory History { get; set; } = default!;

    [Inject]
    private RecordEditor Editor { get; set; } = default!;

    [Inject]
    private CurrentEditor CurrentEditor { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    // The edit summary, and the fields of the record the revert would leave invalid (a person since removed).
    private static Dictionary<string, string> Labels(RevisionEntry revision)
    {
        var labels = revision.Changes.Select(c => c.Field).Distinct().ToDictionary(f => f, f => ChangeWords.Label(revision.Record.RecordType, f));
        labels[FormState.ReasonField] = "Edit summary";
        return labels;
    }

    private IReadOnlyDictionary<string, string> Errors => _result?.Errors ?? new Dictionary<string, string>();

    protected override async Task OnInitializedAsync()
    {
        // A posted form is rendered too, before its handler runs: the framework finds the handler through it.
        if (await History.OneAsync(Id, HttpContext.RequestAborted) is not { } page || !Editor.CanRevert(page.Revisions[0].Changes))
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
        _reason = FormState.Reason(HttpContext.Request.Form);
        _result = await Editor.RevertAsync(revision.Id, _reason, await CurrentEditor.GetAsync(), HttpContext.RequestAborted);
        switch (_result.Status)
        {
            case EditStatus.Saved:
                var saved = _result.RevisionId!.Value;
                Navigation.NavigateTo($"{ChangeWords.History(revision.Record)}?saved={saved}#revision-{saved}", forceLoad: true);
                break;
            case EditStatus.NotFound:
                Navigation.NotFound();
                break;
            case EditStatus.Conflict:
                // Each field as this revision left it and as it is now, on the record the revision changed it on.
                _conflicts = _result.Conflicts
                    .Select(c => new FieldChange(revision.Changes.FirstOrDefault(r => r.Field == c.Field)?.Record ?? revision.Record, c.Field, c.WhenOpened, c.Now))
                    .ToList();
                _conflictNames = await History.NamesAsync(_conflicts, [revision.Record], HttpContext.RequestAborted);
                break;
        }
    }
}
