using BalkanMeetings.Core.Editing;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>An edit page whose form holds the record's fields one for one (<see cref="FieldsForm"/>).</summary>
/// <typeparam name="TForm">The form model.</typeparam>
public abstract class FieldsEditPage<TForm> : RecordEditPage<TForm>
    where TForm : FieldsForm, new()
{
    protected override Task ShowAsync(RecordState current, CancellationToken cancellationToken)
    {
        Input.Show(current);
        return Task.CompletedTask;
    }

    protected override Task<RecordState> ProposeAsync(RecordState opened, Dictionary<string, string> formErrors, CancellationToken cancellationToken) =>
        Task.FromResult(Input.Changes(opened));

    protected override Task RebaseAsync(RecordState opened, RecordState current, CancellationToken cancellationToken)
    {
        Input.Rebase(opened, current);
        return Task.CompletedTask;
    }
}
