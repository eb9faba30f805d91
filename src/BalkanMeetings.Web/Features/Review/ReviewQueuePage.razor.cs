using System.Globalization;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Review;
using BalkanMeetings.Web.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;

namespace BalkanMeetings.Web.Features.Review;

/// <summary>Open flags for editors, by severity and age, filtered by kind and country in the query string; see docs/editing.md#review-queue.</summary>
public sealed partial class ReviewQueuePage
{
    private ReviewQueueResults? _queue;
    private List<CountryRef> _countries = [];
    private FlagReviewQuery.Resolved? _resolved;
    private DateTime _now;

    [SupplyParameterFromQuery(Name = "kind")]
    public string? Kind { get; set; }

    [SupplyParameterFromQuery(Name = "country")]
    public string? Country { get; set; }

    [SupplyParameterFromQuery(Name = "page")]
    public string? PageText { get; set; }

    /// <summary>The flag just resolved, which the page confirms above the queue.</summary>
    [SupplyParameterFromQuery(Name = "resolved")]
    public string? ResolvedText { get; set; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Inject]
    private ReviewQueueQuery Queue { get; set; } = default!;

    [Inject]
    private FlagReviewQuery Reviews { get; set; } = default!;

    [Inject]
    private MeetingBrowser Browser { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var cancel = HttpContext.RequestAborted;
        _now = Clock.GetUtcNow().UtcDateTime;
        _countries = await Browser.CountriesAsync(cancel);

        // Values the lists do not offer (an old link, a typo) filter nothing rather than hide every flag.
        FlagKind? kind = Enum.TryParse<FlagKind>(Kind, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        var country = _countries.FirstOrDefault(c => string.Equals(c.Code, Country, StringComparison.OrdinalIgnoreCase))?.Code;
        _queue = await Queue.LoadAsync(new ReviewQueueFilter(kind, country, QueryNumber.Positive(PageText) ?? 1), cancel);

        if (QueryNumber.Positive(ResolvedText) is { } resolved)
        {
            _resolved = await Reviews.ResolvedAsync(resolved, cancel);
        }
    }

    private static string Link(ReviewQueueFilter filter) => QueryHelpers.AddQueryString("/review", new Dictionary<string, string?>
    {
        ["kind"] = filter.Kind?.ToString(),
        ["country"] = filter.Country,
        ["page"] = filter.Page > 1 ? filter.Page.ToString(CultureInfo.InvariantCulture) : null,
    }.Where(p => p.Value is not null));
}
