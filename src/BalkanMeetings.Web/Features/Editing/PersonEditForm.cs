using BalkanMeetings.Core.Editing;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>The person form: the name and the other ways articles write it, one a line.</summary>
public sealed class PersonEditForm : FieldsForm
{
    public string? Name { get; set; }

    public string? Aliases { get; set; }

    public override void Show(RecordState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        (Name, Aliases) = (state.GetValueOrDefault(PersonRecord.Name), state.GetValueOrDefault(PersonRecord.Aliases));
    }

    protected override IEnumerable<FormValue> Values() =>
        [new(PersonRecord.Name, Name, FormValueKind.Text), new(PersonRecord.Aliases, Aliases, FormValueKind.Lines)];
}
