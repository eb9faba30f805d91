using BalkanMeetings.Core.Editing;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>The meeting form: the meeting's own fields, its countries, topics and initiatives, and an initiative to add by name.</summary>
public sealed class MeetingEditForm : FieldsForm
{
    public string? Title { get; set; }

    public string? Date { get; set; }

    public string? City { get; set; }

    public string? Venue { get; set; }

    public string? Kind { get; set; }

    public string? Status { get; set; }

    public string? Summary { get; set; }

    // A list with nothing ticked is not posted at all, and binding then sets it to null: it is empty.
    public List<string> Countries { get; set => field = value ?? []; } = [];

    public List<string> Topics { get; set => field = value ?? []; } = [];

    public List<string> Initiatives { get; set => field = value ?? []; } = [];

    /// <summary>An initiative's name typed to link it; not a field of the meeting.</summary>
    public string? AddInitiative { get; set; }

    public override void Show(RecordState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Title = state.GetValueOrDefault(MeetingRecord.Title);
        Date = state.GetValueOrDefault(MeetingRecord.Date);
        City = state.GetValueOrDefault(MeetingRecord.City);
        Venue = state.GetValueOrDefault(MeetingRecord.Venue);
        Kind = state.GetValueOrDefault(MeetingRecord.Kind);
        Status = state.GetValueOrDefault(MeetingRecord.Status);
        Summary = state.GetValueOrDefault(MeetingRecord.Summary);
        Countries = [.. MeetingRecord.ReadList(state.GetValueOrDefault(MeetingRecord.Countries))];
        Topics = [.. MeetingRecord.ReadList(state.GetValueOrDefault(MeetingRecord.Topics))];
        Initiatives = [.. MeetingRecord.ReadList(state.GetValueOrDefault(MeetingRecord.Initiatives))];
    }

    protected override IEnumerable<FormValue> Values() =>
    [
        new(MeetingRecord.Title, Title, FormValueKind.Text),
        new(MeetingRecord.Date, Date, FormValueKind.Text),
        new(MeetingRecord.City, City, FormValueKind.Text),
        new(MeetingRecord.Venue, Venue, FormValueKind.Text),
        new(MeetingRecord.Kind, Kind, FormValueKind.Text),
        new(MeetingRecord.Status, Status, FormValueKind.Text),
        new(MeetingRecord.Summary, Summary, FormValueKind.Text),
        new(MeetingRecord.Countries, MeetingRecord.List(Countries), FormValueKind.List),
        new(MeetingRecord.Topics, MeetingRecord.List(Topics), FormValueKind.List),
        new(MeetingRecord.Initiatives, MeetingRecord.List(Initiatives), FormValueKind.List),
    ];
}
