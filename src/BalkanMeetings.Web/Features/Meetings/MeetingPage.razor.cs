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
        Describe(span.Value),
        Block: span.Value.RecordType == nameof(ArticleTable));

    /// <summary>What a value is, in words: the title of a highlight's link and the name of a flag's subject.</summary>
    private string Describe(RecordValue value)
    {
        var meeting = _meeting!;
        switch (value.RecordType)
        {
            case nameof(Meeting):
                return MeetingWords.MeetingField(value.Field);
            case nameof(Participation):
                var who = meeting.Participants.FirstOrDefault(p => p.Id == value.RecordId) is { } participant
                    ? participant.Name ?? participant.Office
                    : "a participant";
                return MeetingWords.ParticipantField(value.Field, who);
            case nameof(Topic):
                return "Topic: " + (meeting.Topics.FirstOrDefault(t => t.Id == value.RecordId)?.Name ?? "?");
            case nameof(Initiative):
                return "Initiative: " + (meeting.Initiatives.FirstOrDefault(i => i.Id == value.RecordId)?.Name ?? "?");
            case nameof(Quote):
                return "Quote";
            case nameof(ArticleTable):
                return "Table " + Number(TableNumber(value.RecordId)) + " of the record";
            case nameof(Article):
                return "The source article" + (meeting.Sources.Count > 1 ? " " + Number(SourceNumber(value.RecordId)) : "");
            default:
                return "This meeting";
        }
    }

    /// <summary>Flags point at values of the record; those the page does not show point at the record as a whole.</summary>
    private string FlagTarget(FlagDetails flag) => flag.Value.RecordType switch
    {
        nameof(Meeting) when flag.Value.Field is nameof(Meeting.Date) or nameof(Meeting.City) or nameof(Meeting.Status) => MeetingWords.ValueId(flag.Value),
        nameof(Participation) when _meeting!.Participants.Any(p => p.Id == flag.Value.RecordId) =>
            MeetingWords.ValueId(flag.Value with { Field = flag.Value.Field == nameof(Participation.Role) ? nameof(Participation.Role) : nameof(Participation.Person) }),
        nameof(Article) when _meeting!.Sources.Any(s => s.Id == flag.Value.RecordId) => MeetingWords.ValueId(flag.Value),
        _ => "record",
    };

    private int SourceNumber(int articleId) => _meeting!.Sources.ToList().FindIndex(s => s.Id == articleId) + 1;

    private int TableNumber(int tableId) => _meeting!.Tables.ToList().FindIndex(t => t.Id == tableId) + 1;

    private static string TopicLink(int topicId) => MeetingFilterQuery.Link("/", new MeetingFilter { Topics = [topicId] });

    private static string InitiativeLink(int initiativeId) => MeetingFilterQuery.Link("/", new MeetingFilter { Initiatives = [initiativeId] });

    private static string CountryLink(string code) => "/countries/" + code.ToLowerInvariant();

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
