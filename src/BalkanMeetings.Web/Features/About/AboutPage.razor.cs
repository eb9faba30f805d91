using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Data;
using Microsoft.AspNetCore.Components;

namespace BalkanMeetings.Web.Features.About;

/// <summary>
/// What the data is and how it is made, for a reader about to rely on it: the figures now, the steps from article to
/// record, every field and flag (docs/data-dictionary.md), and how errors are corrected and reported.
/// </summary>
public sealed partial class AboutPage
{
    private SiteFigures? _figures;
    private CorrectionsContact? _contact;

    [Inject]
    private BalkanMeetingsDbContext Db { get; set; } = default!;

    [Inject]
    private VersionedCache Kept { get; set; } = default!;

    [Inject]
    private IConfiguration Configuration { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var cancel = HttpContext.RequestAborted;
        _figures = await Kept.GetOrAddAsync(Db, SiteFigures.CacheKey, () => SiteFigures.LoadAsync(Db, cancel), cancel);
        _contact = CorrectionsContact.From(Configuration[CorrectionsContact.Setting]);
    }
}
