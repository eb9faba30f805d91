using BalkanMeetings.Core.Editing;
using BalkanMeetings.Web.Features.Accounts;
using Microsoft.AspNetCore.Components;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>
/// What every page that changes records has: the request its form came with, the signed-in editor a save is
/// attributed to, navigation after a save, and the outcome of the last save with what to fix per field.
/// </summary>
public abstract class EditorPage : ComponentBase
{
    private static readonly Dictionary<string, string> NoErrors = [];

    protected EditResult? Result { get; set; }

    /// <summary>The edit summary as typed, shown again when a save is refused.</summary>
    protected string? Reason { get; set; }

    protected IReadOnlyDictionary<string, string> Errors => Result?.Errors ?? NoErrors;

    [CascadingParameter]
    protected HttpContext HttpContext { get; set; } = default!;

    [Inject]
    protected CurrentEditor CurrentEditor { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;
}
