using BalkanMeetings.Core.Editing;
using BalkanMeetings.Web.Features.Accounts;
using Microsoft.AspNetCore.Components;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>
/// Merging a duplicate into a person: find them by name (a GET form), compare the two, confirm with a reason (a POST
/// form). See docs/editing.md#merging-and-splitting.
/// </summary>
public sealed partial class PersonMergePage
{
    private PersonMerger.Candidate? _kept;
    private PersonMerger.Candidate? _other;
    private IReadOnlyList<PersonMerger.Candidate> _found = [];
    private EditResult? _result;
    private string? _reason;
    private bool _posted;

    [Parameter]
    public int Id { get; set; }

    /// <summary>The name searched for.</summary>
    [SupplyParameterFromQuery(Name = "name")]
    public string? Name { get; set; }

    /// <summary>The person chosen to merge into this one.</summary>
    [SupplyParameterFromQuery(Name = "other")]
    public int? Other { get; set; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Inject]
    private PersonMerger Merger { get; set; } = default!;

    [Inject]
    private CurrentEditor CurrentEditor { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private IReadOnlyDictionary<string, string> Errors => _result?.Errors ?? new Dictionary<string, string>();

    protected override async Task OnInitializedAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        _kept = await Merger.DescribeAsync(Id, cancellationToken);
        if (_kept is null)
        {
            Navigation.NotFound();
            return;
        }

        // A posted form is rendered too, before its handler runs: the framework finds the handler through it.
        _posted = HttpMethods.IsPost(HttpContext.Request.Method);
        _found = await Merger.FindAsync(Name ?? string.Empty, Id, cancellationToken);
        if (Other is not null)
        {
            var problems = await Merger.CheckAsync(Id, Other, cancellationToken);
            if (problems.Count > 0)
            {
                _result = EditResult.Invalid(problems);
            }
            else
            {
                _other = await Merger.DescribeAsync(Other.Value, cancellationToken);
            }
        }
    }

    private async Task MergeAsync()
    {
        var form = HttpContext.Request.Form;
        _reason = FormState.Reason(form);
        var other = int.TryParse(form[PersonMerger.Other].FirstOrDefault(), out var id) ? id : (int?)null;
        _result = await Merger.MergeAsync(Id, other, _reason, await CurrentEditor.GetAsync(), HttpContext.RequestAborted);
        if (_result.Status == EditStatus.Saved)
        {
            Navigation.NavigateTo($"/people/{Id}", forceLoad: true);
        }
        else if (_result.Status == EditStatus.NotFound)
        {
            Navigation.NotFound();
        }
    }
}
