using System.Globalization;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Web.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace BalkanMeetings.Web.Features.Meetings;

/// <summary>
/// One meeting: the record beside its source articles, every value linked to the words it was read from and back,
/// the doubts the importer raised, and a citation for each article.
/// </summary>
public sealed partial class MeetingPage
{
    private MeetingDetails? _meeting;
    private Dictionary<int, IReadOnlyList<TextMark>> _marks = [];
    private string _permalink = "";

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private MeetingDetailsQuery Details { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private BalkanMeetingsDbContext Db { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    /// <summary>Where "corrected by an editor" leads: the record's history.</summary>
    private string HistoryHref => "/history/Meeting/" + Number(Id);

    protected override async Task OnInitializedAsync()
    {
        _meeting = await Details.LoadAsync(Id, HttpContext.RequestAborted);
        if (_meeting is null)
        {
            // A meeting merged into another: its address leads there.
            if (await MergedRecords.KeptAsync(Db, nameof(Meeting), Id, HttpContext.RequestAborted) is { } kept)
            {
                Navigation.NavigateTo("/meetings/" + Number(kept));
                return;
            }

            Navigation.NotFound();
            return;
        }

        _permalink = HttpContext.Request.Absolute(PublicUrls.Meeting(_meeting.Id));
        _marks = _meeting.Sources.ToDictionary(s => s.Id, s => (IReadOnlyList<TextMark>)s.Spans.Select(Mark).ToList());
    }

    private TextMark Mark(ProvenanceSpan span) => new(
        span.Id,
        span.Start,
        span.Length,
        MeetingWords.Kind(span.Value),
        MeetingWords.ValueId(span.Value),
        _meeting!.Describe(span.Value),
        Block: span.Value.RecordType == nameof(ArticleTable));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
