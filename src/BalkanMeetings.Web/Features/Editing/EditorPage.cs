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
    private EditResult? _result;

    /// <summary>
    /// The outcome of the last save. One the database could not take is answered with its status too: 503 with a
    /// time to try again when it was busy, 507 when it was full.
    /// </summary>
    protected EditResult? Result
    {
        get => _result;
        set
        {
            _result = value;
            AnswerUnwritten(HttpContext.Response, value?.Status);
        }
    }

    /// <summary>503 with a time to try again for a write the busy database refused, 507 for one the full disk refused.</summary>
    public static void AnswerUnwritten(HttpResponse response, EditStatus? status)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (status == EditStatus.Busy)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            response.Headers.RetryAfter = "5";
        }
        else if (status == EditStatus.NotWritten)
        {
            response.StatusCode = StatusCodes.Status507InsufficientStorage;
        }
    }

    protected IReadOnlyDictionary<string, string> Errors => Result?.Errors ?? NoErrors;

    [CascadingParameter]
    protected HttpContext HttpContext { get; set; } = default!;

    [Inject]
    protected CurrentEditor CurrentEditor { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    protected bool Posted => HttpMethods.IsPost(HttpContext.Request.Method);
}
