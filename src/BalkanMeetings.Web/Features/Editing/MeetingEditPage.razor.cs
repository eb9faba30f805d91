using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Web.Features.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>The meeting's own fields, countries and topics in one form; see docs/editing.md.</summary>
public sealed partial class MeetingEditPage
{
    private static readonly string[] TextFields =
        [MeetingRecord.Title, MeetingRecord.Date, MeetingRecord.City, MeetingRecord.Venue, MeetingRecord.Kind, MeetingRecord.Status, MeetingRecord.Summary];

    private static readonly string[] ListFields = [MeetingRecord.Countries, MeetingRecord.Topics];

    private RecordState? _state;
    private RecordState _opened = new();
    private EditResult? _result;
    private string? _reason;
    private IReadOnlyList<KeyValuePair<string, string>> _countries = [];
    private IReadOnlyList<KeyValuePair<string, string>> _topics = [];

    [Parameter]
    public int Id { get; set; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Inject]
    private RecordEditor Editor { get; set; } = default!;

    [Inject]
    private CurrentEditor CurrentEditor { get; set; } = default!;

    [Inject]
    private BalkanMeetingsDbContext Db { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private IReadOnlyDictionary<string, string> Errors => _result?.Errors ?? new Dictionary<string, string>();

    protected override async Task OnInitializedAsync()
    {
        _countries = await Db.Countries.AsNoTracking().OrderBy(c => c.Name).Select(c => KeyValuePair.Create(c.Code, c.Name)).ToListAsync();
        _topics = (await Db.Topics.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync())
            .Select(t => KeyValuePair.Create(t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), t.Name))
            .ToList();

        // A posted form is rendered too, before its handler runs: the framework finds the handler through it.
        _state = await Editor.LoadAsync(nameof(Meeting), Id, HttpContext.RequestAborted);
        _opened = _state ?? new RecordState();
        if (_state is null)
        {
            Navigation.NotFound();
        }
    }

    private async Task SaveAsync()
    {
        var form = HttpContext.Request.Form;
        var proposed = FormState.Read(form, TextFields, ListFields);
        _reason = FormState.Reason(form);
        var opened = FormState.Opened(form);
        var current = _state!;

        _result = opened is null
            ? EditResult.Conflict([])
            : await Editor.SaveAsync(nameof(Meeting), Id, opened, proposed, _reason, await CurrentEditor.GetAsync(), HttpContext.RequestAborted);
        if (_result.Status is EditStatus.Saved or EditStatus.Unchanged)
        {
            Navigation.NavigateTo($"/meetings/{Id}", forceLoad: true);
            return;
        }

        // The form keeps what was typed; after a conflict it carries the record as it now is, so saving again is a
        // deliberate choice made with the changes in view.
        _opened = _result.Status == EditStatus.Conflict ? current : opened!;
        _state = new RecordState(current);
        foreach (var (field, value) in proposed)
        {
            _state[field] = value;
        }
    }
}
