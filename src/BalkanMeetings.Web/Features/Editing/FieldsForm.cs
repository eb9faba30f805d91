using BalkanMeetings.Core.Editing;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>
/// An edit form whose fields are the record's, one for one. Only the fields the editor changed are saved, so saving
/// again after a conflict, from the form <see cref="Rebase"/> rebuilt, writes the editor's changes and nothing else.
/// </summary>
public abstract class FieldsForm : RecordForm
{
    /// <summary>Puts the record's stored values in the form.</summary>
    public abstract void Show(RecordState state);

    /// <summary>The fields the editor changed from what the form showed when opened, as typed.</summary>
    public RecordState Changes(RecordState opened)
    {
        ArgumentNullException.ThrowIfNull(opened);
        var changes = new RecordState();
        foreach (var value in Values().Where(v => !v.Same(opened.GetValueOrDefault(v.Field))))
        {
            changes[value.Field] = value.Typed;
        }

        return changes;
    }

    /// <summary>
    /// After a conflict: shows the record as it is now with the editor's changes over it (a list's items as the editor
    /// added and removed them), so that saving again, compared with what the conflict showed, writes those alone.
    /// </summary>
    public void Rebase(RecordState opened, RecordState current)
    {
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(current);
        var shown = new RecordState(current);
        foreach (var value in Values().Where(v => !v.Same(opened.GetValueOrDefault(v.Field))))
        {
            shown[value.Field] = value.Over(opened.GetValueOrDefault(value.Field), current.GetValueOrDefault(value.Field));
        }

        Show(shown);
    }

    /// <summary>The record's fields as the form holds them.</summary>
    protected abstract IEnumerable<FormValue> Values();
}
