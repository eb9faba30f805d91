using System.Globalization;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Web.Components;
using BalkanMeetings.Web.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>
/// Splitting a meeting whose articles report two: tick the articles that move to a new meeting, give a reason. See
/// docs/editing.md#merging-and-splitting.
/// </summary>
public sealed partial class MeetingSplitPage
{
    private MeetingMerger.Outline? _meeting;
    private IReadOnlyList<KeyValuePair<string, string>> _articles = [];

    [Parameter]
    public int Id { get; set; }

    // Bound from a posted form (its fields are named Input.*); a new, empty one when none was posted.
    private SplitForm Input => Bound ??= new();

    [SupplyParameterFromForm(Name = "Input")]
    private SplitForm? Bound { get; set; }

    [Inject]
    private MeetingSplitter Splitter { get; set; } = default!;

    [Inject]
    private MeetingMerger Merger { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        // A posted form is rendered too, before its handler runs: the framework finds the handler through it.
        _meeting = await Merger.DescribeAsync(Id, HttpContext.RequestAborted);
        if (_meeting is null)
        {
            Navigation.NotFound();
            return;
        }

        // Each article with the participants it names, so the editor can tell which meeting it reports.
        _articles = _meeting.Sources
            .Select(s => KeyValuePair.Create(s.Id.ToString(CultureInfo.InvariantCulture), Describe(_meeting, s)))
            .ToList();
    }

    private static string Describe(MeetingMerger.Outline meeting, MeetingMerger.OutlineSource source)
    {
        var named = meeting.Participants.Where(p => p.ArticleId == source.Id).Select(p => p.Label).ToList();
        var published = source.PublishedOn is { } day ? ", " + Display.Day(day) : "";
        return $"{source.Title ?? source.FileName} ({source.Publisher ?? "publisher unknown"}{published})"
            + (named.Count == 0 ? "" : " · names " + string.Join(", ", named));
    }

    private async Task SplitAsync()
    {
        var articles = Input.Articles.Select(a => int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1).ToList();
        Result = await Splitter.SplitAsync(Id, articles, Input.Reason, await CurrentEditor.GetAsync(), HttpContext.RequestAborted);
        if (Result.Status == EditStatus.Saved)
        {
            Navigation.NavigateTo(PublicUrls.Meeting(Result.RecordId!.Value), forceLoad: true);
        }
        else if (Result.Status == EditStatus.NotFound)
        {
            Navigation.NotFound();
        }
    }
}
