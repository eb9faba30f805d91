using System.Globalization;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace BalkanMeetings.Web.Features.Countries;

/// <summary>A country: meetings per year with the summits marked, the officials met, and the topics and initiatives discussed.</summary>
public sealed partial class CountryDetail
{
    /// <summary>How many of the newest meetings the page lists; the meetings list has the rest.</summary>
    private const int LatestSize = 5;

    private const string OthersTitle = "Others";

    private CountryProfile? _profile;
    private List<RankedList.Item> _topics = [];
    private List<RankedList.Item> _initiatives = [];
    private List<MeetingRow> _latest = [];

    [Parameter]
    public string Code { get; set; } = "";

    [Inject]
    private BalkanMeetingsDbContext Db { get; set; } = default!;

    [Inject]
    private MeetingBrowser Browser { get; set; } = default!;

    [Inject]
    private VersionedCache Kept { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    private MeetingFilter CountryFilter => new() { Countries = [_profile!.Code] };

    private string AllMeetingsHref => MeetingFilterQuery.Link("/", CountryFilter);

    private string FeedHref => MeetingFilterQuery.Link("/feed/meetings.atom", CountryFilter);

    private string CalendarHref => MeetingFilterQuery.Link(Export.ExportEndpoints.CalendarPath, CountryFilter);

    protected override async Task OnInitializedAsync()
    {
        var cancel = HttpContext.RequestAborted;
        _profile = await Kept.GetOrAddAsync(Db, "country:" + Code.ToUpperInvariant(), () => CountryProfile.LoadAsync(Db, Code, cancel), cancel);
        if (_profile is null)
        {
            Navigation.NotFound();
            return;
        }

        _topics = _profile.Topics
            .Select(t => new RankedList.Item(t.Label, null, null, t.Count, Link(CountryFilter with { Topics = [Number(t.Value)] })))
            .ToList();
        _initiatives = _profile.Initiatives
            .Select(i => new RankedList.Item(i.Label, null, null, i.Count, Link(CountryFilter with { Initiatives = [Number(i.Value)] })))
            .ToList();
        var newest = new MeetingFilterQuery.Parsed(CountryFilter with { PageSize = LatestSize }, []);
        _latest = [.. (await Browser.ListAsync(newest, withFacets: false, cancel)).Rows];
    }

    private string YearHref(int year) =>
        Link(CountryFilter with { From = new DateOnly(year, 1, 1), To = new DateOnly(year, 12, 31) });

    /// <summary>NATO's officials, the country's own, then anyone else met at its meetings; empty groups are left out.</summary>
    private IEnumerable<(string Title, List<RankedList.Item> Officials)> OfficialGroups(CountryProfile country)
    {
        (string, IEnumerable<OfficialMet>)[] groups =
        [
            ("NATO", country.NatoOfficials),
            (country.Name, country.OwnOfficials),
            (OthersTitle, country.OtherOfficials),
        ];
        foreach (var (title, officials) in groups)
        {
            // Under "Others" the organisation is not in the heading, so each official's own office says it.
            var items = officials
                .Select(o => new RankedList.Item(o.Name, $"/people/{o.PersonId}", title == OthersTitle ? o.Office : o.Role, o.Count,
                    Link(CountryFilter with { People = [o.PersonId] })))
                .ToList();
            if (items.Count > 0)
            {
                yield return (title, items);
            }
        }
    }

    private static string Link(MeetingFilter filter) => MeetingFilterQuery.Link("/", filter);

    private static int Number(string value) => int.Parse(value, CultureInfo.InvariantCulture);
}
