using BalkanMeetings.Core.Editing;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>The topic form: the name and the synonyms that file a meeting under it, one a line.</summary>
public sealed class TopicEditForm : FieldsForm
{
    public string? Name { get; set; }

    public string? Synonyms { get; set; }

    public override void Show(RecordState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        (Name, Synonyms) = (state.GetValueOrDefault(TopicRecord.Name), state.GetValueOrDefault(TopicRecord.Synonyms));
    }

    protected override IEnumerable<FormValue> Values() =>
        [new(TopicRecord.Name, Name, FormValueKind.Text), new(TopicRecord.Synonyms, Synonyms, FormValueKind.Lines)];
}
