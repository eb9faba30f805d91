using System.Globalization;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>The meeting's own fields, countries, topics and initiatives in one form; see docs/editing.md.</summary>
public sealed partial class MeetingEditPage : RecordEditPage
{
    /// <summary>The box for adding an initiative by name; what it names joins the ticked initiatives.</summary>
    public const string AddInitiativeField = "AddInitiative";

    private static readonly string[] TextFields =
        [MeetingRecord.Title, MeetingRecord.Date, MeetingRecord.City, MeetingRecord.Venue, MeetingRecord.Kind, MeetingRecord.Status, MeetingRecord.Summary];

    private static readonly string[] ListFields = [MeetingRecord.Countries, MeetingRecord.Topics, MeetingRecord.Initiatives];

    private IReadOnlyList<KeyValuePair<string, string>> _countries = [];
    private IReadOnlyList<KeyValuePair<string, string>> _topics = [];
    private Dictionary<string, string> _initiatives = [];
    private string? _addInitiative;

    protected override string RecordType => nameof(Meeting);

    // The initiatives linked now and those the form ticks: the rest are added by name, as there may be many.
    private List<KeyValuePair<string, string>> InitiativeChoices(RecordState state) =>
        MeetingRecord.ReadList(Opened.GetValueOrDefault(MeetingRecord.Initiatives))
            .Union(MeetingRecord.ReadList(state.GetValueOrDefault(MeetingRecord.Initiatives)))
            .Where(_initiatives.ContainsKey)
            .Select(id => KeyValuePair.Create(id, _initiatives[id]))
            .OrderBy(i => i.Value, StringComparer.CurrentCulture)
            .ToList();

    protected override async Task OnInitializedAsync()
    {
        if (!await LoadRecordAsync())
        {
            return;
        }

        _countries = await Db.Countries.AsNoTracking().OrderBy(c => c.Name).Select(c => KeyValuePair.Create(c.Code, c.Name)).ToListAsync();
        _topics = (await Db.Topics.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync())
            .Select(t => KeyValuePair.Create(t.Id.ToString(CultureInfo.InvariantCulture), t.Name))
            .ToList();
        _initiatives = await Db.Initiatives.Select(i => new { i.Id, i.Name }).ToDictionaryAsync(i => i.Id.ToString(CultureInfo.InvariantCulture), i => i.Name);
    }

    private async Task SubmitAsync()
    {
        var form = HttpContext.Request.Form;
        var proposed = FormState.Read(form, TextFields, ListFields);
        var formErrors = new Dictionary<string, string>(StringComparer.Ordinal);
        _addInitiative = form[AddInitiativeField].FirstOrDefault()?.Trim();
        if (!string.IsNullOrEmpty(_addInitiative))
        {
            if (await InitiativeRecord.FindByNameAsync(Db, _addInitiative, HttpContext.RequestAborted) is { } id)
            {
                proposed[MeetingRecord.Initiatives] = MeetingRecord.List(MeetingRecord.ReadIds(proposed[MeetingRecord.Initiatives]).Append(id));
                _addInitiative = null;
            }
            else
            {
                formErrors[AddInitiativeField] = $"No initiative is called “{_addInitiative}”. Choose one from the list: initiatives come from the articles' initiative tables.";
            }
        }

        await SaveAsync(proposed, formErrors);
    }
}
