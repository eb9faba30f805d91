using BalkanMeetings.Core.Editing;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>The initiative form: name, objective and timeline.</summary>
public sealed class InitiativeEditForm : FieldsForm
{
    public string? Name { get; set; }

    public string? Objective { get; set; }

    public string? Timeline { get; set; }

    public override void Show(RecordState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Name = state.GetValueOrDefault(InitiativeRecord.Name);
        Objective = state.GetValueOrDefault(InitiativeRecord.Objective);
        Timeline = state.GetValueOrDefault(InitiativeRecord.Timeline);
    }

    protected override IEnumerable<FormValue> Values() =>
    [
        new(InitiativeRecord.Name, Name, FormValueKind.Text),
        new(InitiativeRecord.Objective, Objective, FormValueKind.Text),
        new(InitiativeRecord.Timeline, Timeline, FormValueKind.Text),
    ];
}
