using System.Globalization;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>The meeting's own fields, countries, topics and initiatives in one form; see docs/editing.md.</summary>
public sealed partial class MeetingEditPage : FieldsEditPage<MeetingEditForm>
{
    /// <summary>The box for adding an initiative by name; what it names joins the ticked initiatives.</summary>
    public const string AddInitiativeField = "AddInitiative";

    private IReadOnlyList<KeyValuePair<string, string>> _countries = [];
    private IReadOnlyList<KeyValuePair<string, string>> _topics = [];
    private Dictionary<string, string> _initiatives = [];

    [Inject]
    private BalkanMeetingsDbContext Db { get; set; } = default!;

    protected override string RecordType => nameof(Meeting);

    // The initiatives linked now and those the form ticks: the rest are added by name, as there may be many.
    private List<KeyValuePair<string, string>> InitiativeChoices() =>
        MeetingRecord.ReadList(Opened.GetValueOrDefault(MeetingRecord.Initiatives))
            .Union(Input.Initiatives)
            .Where(_initiatives.ContainsKey)
            .Select(id => KeyValuePair.Create(id, _initiatives[id]))
            .OrderBy(i => i.Value, StringComparer.CurrentCulture)
            .ToList();

    protected override async Task PrepareFormAsync(CancellationToken cancellationToken)
    {
        _countries = await Db.Countries.AsNoTracking().OrderBy(c => c.Name).Select(c => KeyValuePair.Create(c.Code, c.Name)).ToListAsync(cancellationToken);
        _topics = (await Db.Topics.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken))
            .Select(t => KeyValuePair.Create(t.Id.ToString(CultureInfo.InvariantCulture), t.Name))
            .ToList();
        _initiatives = await Db.Initiatives.Select(i => new { i.Id, i.Name }).ToDictionaryAsync(i => i.Id.ToString(CultureInfo.InvariantCulture), i => i.Name, cancellationToken);
    }

    // An initiative named in the box joins those ticked; a name no initiative has is refused beside the box.
    protected override async Task<RecordState> ProposeAsync(RecordState opened, Dictionary<string, string> formErrors, CancellationToken cancellationToken)
    {
        var named = Input.AddInitiative?.Trim();
        if (!string.IsNullOrEmpty(named))
        {
            if (await InitiativeRecord.FindByNameAsync(Db, named, cancellationToken) is { } id)
            {
                Input.Initiatives.Add(id.ToString(CultureInfo.InvariantCulture));
                Input.AddInitiative = null;
            }
            else
            {
                formErrors[AddInitiativeField] = $"No initiative is called “{named}”. Choose one from the list: initiatives come from the articles' initiative tables.";
            }
        }

        return await base.ProposeAsync(opened, formErrors, cancellationToken);
    }
}
