using System.Globalization;
using BalkanMeetings.Core.Import;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace BalkanMeetings.Web.Features.People;

/// <summary>A person: names, offices from the reference data, meetings with the office held at each, and who they met.</summary>
public sealed partial class PersonDetail
{
    private PersonProfile? _profile;
    private List<IGrouping<int?, PersonMeeting>> _years = [];
    private List<RankedList.Item> _peopleMet = [];
    private List<RankedList.Item> _countriesMet = [];

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private BalkanMeetingsDbContext Db { get; set; } = default!;

    [Inject]
    private VersionedCache Kept { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    private string AllMeetingsHref => MeetingFilterQuery.Link("/", new MeetingFilter { People = [Id] });

    private string HistoryHref => "/history/Person/" + Id.ToString(CultureInfo.InvariantCulture);

    private string FeedHref => MeetingFilterQuery.Link("/feed/meetings.atom", new MeetingFilter { People = [Id] });

    private string CalendarHref => MeetingFilterQuery.Link(Export.ExportEndpoints.CalendarPath, new MeetingFilter { People = [Id] });

    protected override async Task OnInitializedAsync()
    {
        var cancel = HttpContext.RequestAborted;
        _profile = await Kept.GetOrAddAsync(Db, "person:" + Id.ToString(CultureInfo.InvariantCulture), () => PersonProfile.LoadAsync(Db, Id, cancel), cancel);
        if (_profile is null)
        {
            // A person merged into another: their address leads there.
            if (await MergedRecords.KeptAsync(Db, nameof(Person), Id, HttpContext.RequestAborted) is { } kept)
            {
                Navigation.NavigateTo("/people/" + kept.ToString(CultureInfo.InvariantCulture));
                return;
            }

            Navigation.NotFound();
            return;
        }

        _years = _profile.Timeline.GroupBy(m => m.Date?.Year).ToList();
        _peopleMet = _profile.PeopleMet
            .Select(p =>
            {
                var other = int.Parse(p.Value, CultureInfo.InvariantCulture);
                return new RankedList.Item(p.Label, $"/people/{other}", null, p.Count,
                    MeetingFilterQuery.Link("/", new MeetingFilter { People = [Id, other] }));
            })
            .ToList();
        _countriesMet = _profile.CountriesMet
            .Select(c => new RankedList.Item(c.Label, $"/countries/{c.Value.ToLowerInvariant()}", null, c.Count,
                MeetingFilterQuery.Link("/", new MeetingFilter { Countries = [c.Value], People = [Id] })))
            .ToList();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The site a source link leads to, which is what a reader weighs; null when there is no usable link.</summary>
    private static string? SourceHost(string? url) =>
        WebAddress.Parse(url) is { } uri
            ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host)
            : null;
}
