using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Web.Features.Accounts;
using Microsoft.AspNetCore.Components;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>
/// Merging another record of the same meeting into this one: choose it by number or from the suggestions (a GET form),
/// compare the two side by side, confirm with a reason (a POST form). See docs/editing.md#merging-and-splitting.
/// </summary>
public sealed partial class MeetingMergePage
{
    private MeetingDetails? _kept;
    private MeetingDetails? _other;
    private IReadOnlyList<MeetingMerger.Suggestion> _suggestions = [];
    private EditResult? _result;
    private string? _reason;
    private bool _posted;

    [Parameter]
    public int Id { get; set; }

    /// <summary>The meeting chosen to merge into this one.</summary>
    [SupplyParameterFromQuery(Name = "other")]
    public int? Other { get; set; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Inject]
    private MeetingMerger Merger { get; set; } = default!;

    [Inject]
    private MeetingDetailsQuery Details { get; set; } = default!;

    [Inject]
    private CurrentEditor CurrentEditor { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private IReadOnlyDictionary<string, string> Errors => _result?.Errors ?? new Dictionary<string, string>();

    protected override async Task OnInitializedAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        _kept = await Details.LoadAsync(Id, cancellationToken);
        if (_kept is null)
        {
            Navigation.NotFound();
            return;
        }

        // A posted form is rendered too, before its handler runs: the framework finds the handler through it.
        _posted = HttpMethods.IsPost(HttpContext.Request.Method);
        _suggestions = await Merger.SuggestAsync(Id, cancellationToken);
        if (Other is not null)
        {
            var problems = await Merger.CheckAsync(Id, Other, cancellationToken);
            if (problems.Count > 0)
            {
                _result = EditResult.Invalid(problems);
            }
            else
            {
                _other = await Details.LoadAsync(Other.Value, cancellationToken);
            }
        }
    }

    private async Task MergeAsync()
    {
        var form = HttpContext.Request.Form;
        _reason = FormState.Reason(form);
        var other = int.TryParse(form[MeetingMerger.Other].FirstOrDefault(), out var id) ? id : (int?)null;
        _result = await Merger.MergeAsync(Id, other, _reason, await CurrentEditor.GetAsync(), HttpContext.RequestAborted);
        if (_result.Status == EditStatus.Saved)
        {
            Navigation.NavigateTo($"/meetings/{Id}", forceLoad: true);
        }
        else if (_result.Status == EditStatus.NotFound)
        {
            Navigation.NotFound();
        }
    }
}
