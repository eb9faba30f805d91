using System.Globalization;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Editing;
using Microsoft.AspNetCore.Components;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>
/// Splitting a meeting whose articles report two: tick the articles that move to a new meeting, give a reason. See
/// docs/editing.md#merging-and-splitting.
/// </summary>
public sealed partial class MeetingSplitPage
{
    private MeetingDetails? _meeting;
    private IReadOnlyList<KeyValuePair<string, string>> _articles = [];
    private IReadOnlyList<string> _chosen = [];

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private MeetingSplitter Splitter { get; set; } = default!;

    [Inject]
    private MeetingDetailsQuery Details { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        // A posted form is rendered too, before its handler runs: the framework finds the handler through it.
        _meeting = await Details.LoadAsync(Id, HttpContext.RequestAborted);
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

    private static string Describe(MeetingDetails meeting, SourceArticleDetails source)
    {
        var named = meeting.Participants.Where(p => p.ArticleId == source.Id).Select(p => p.Label).ToList();
        var published = source.PublishedOn is { } day ? ", " + day.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : "";
        return $"{source.Title ?? source.FileName} ({source.Publisher ?? "publisher unknown"}{published})"
            + (named.Count == 0 ? "" : " · names " + string.Join(", ", named));
    }

    private async Task SplitAsync()
    {
        var form = HttpContext.Request.Form;
        Reason = FormState.Reason(form);
        _chosen = form[MeetingSplitter.Articles].OfType<string>().ToList();
        var articles = _chosen.Select(a => int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1).ToList();
        Result = await Splitter.SplitAsync(Id, articles, Reason, await CurrentEditor.GetAsync(), HttpContext.RequestAborted);
        if (Result.Status == EditStatus.Saved && await Splitter.NewMeetingAsync(Result.RevisionId!.Value, HttpContext.RequestAborted) is { } created)
        {
            Navigation.NavigateTo($"/meetings/{created}", forceLoad: true);
        }
        else if (Result.Status == EditStatus.NotFound)
        {
            Navigation.NotFound();
        }
    }
}
