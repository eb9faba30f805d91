using BalkanMeetings.Core.Editing;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>
/// The form of a record that is a name and other phrases that find it in articles, one a line (a person's aliases, a
/// topic's synonyms; <see cref="PhrasesRecord{TEntity}"/>). A subclass posts the phrases under the field's own name.
/// </summary>
/// <param name="nameField">The record's field holding the name.</param>
/// <param name="phrasesField">The record's field holding the phrases.</param>
public abstract class PhrasesForm(string nameField, string phrasesField) : FieldsForm
{
    public string? Name { get; set; }

    protected string? Phrases { get; set; }

    public override void Show(RecordState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        (Name, Phrases) = (state.GetValueOrDefault(nameField), state.GetValueOrDefault(phrasesField));
    }

    protected override IEnumerable<FormValue> Values() =>
        [new(nameField, Name, FormValueKind.Text), new(phrasesField, Phrases, FormValueKind.Lines)];
}
