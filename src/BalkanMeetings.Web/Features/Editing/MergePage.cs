using System.Globalization;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Web.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>
/// What the merge pages share: the record kept (the page's), the one chosen to merge into it (<c>?other=</c>, checked
/// before it is shown), and the confirming POST form (<see cref="MergeForm"/>). See docs/editing.md#merging-and-splitting.
/// </summary>
/// <typeparam name="TRecord">The record as the page shows it.</typeparam>
public abstract class MergePage<TRecord> : EditorPage
    where TRecord : class
{
    [Parameter]
    public int Id { get; set; }

    /// <summary>The number of the record chosen to merge into this one, as typed or linked.</summary>
    [SupplyParameterFromQuery(Name = "other")]
    public string? Other { get; set; }

    protected TRecord? Kept { get; private set; }

    // Bound from a posted form (its fields are named Input.*); a new, empty one when none was posted.
    protected MergeForm Input => Bound ??= new();

    [SupplyParameterFromForm(Name = "Input")]
    private MergeForm? Bound { get; set; }

    protected TRecord? Chosen { get; private set; }

    protected abstract RecordMerger Merger { get; }

    /// <summary>The record as the page shows it, or null when there is none.</summary>
    protected abstract Task<TRecord?> LoadAsync(int id, CancellationToken cancellationToken);

    /// <summary>The records to offer for merging into this one, loaded once the kept one is known.</summary>
    protected abstract Task LoadChoicesAsync(CancellationToken cancellationToken);

    /// <summary>The public page of a record.</summary>
    protected abstract string RecordPage(int id);

    protected override async Task OnInitializedAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        Kept = await LoadAsync(Id, cancellationToken);
        if (Kept is null)
        {
            Navigation.NotFound();
            return;
        }

        await LoadChoicesAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(Other))
        {
            return;
        }

        if (QueryNumber.Positive(Other.Trim()) is not { } other)
        {
            Result = EditResult.Invalid(new Dictionary<string, string> { [RecordMerger.Other] = "This is not a record's number: give the digits at the end of its address." });
        }
        else
        {
            var problems = await Merger.CheckAsync(Id, other, cancellationToken);
            Result = problems.Count > 0 ? EditResult.Invalid(problems) : null;
            Chosen = problems.Count > 0 ? null : await LoadAsync(other, cancellationToken);
        }
    }

    protected async Task MergeAsync()
    {
        var other = int.TryParse(Input.Other, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (int?)null;
        Result = await Merger.MergeAsync(Id, other, Input.Reason, await CurrentEditor.GetAsync(), HttpContext.RequestAborted);
        if (Result.Status == EditStatus.Saved)
        {
            Navigation.NavigateTo(RecordPage(Id), forceLoad: true);
        }
        else if (Result.Status == EditStatus.NotFound)
        {
            Navigation.NotFound();
        }
    }
}
