using BalkanMeetings.Core.Editing;
using BalkanMeetings.Web.Features.Editing;

namespace BalkanMeetings.Web.Tests.Features.Editing;

public sealed class FieldsFormTests
{
    private static readonly RecordState Opened = new()
    {
        [MeetingRecord.Title] = "Rutte meets Milatović",
        [MeetingRecord.City] = null,
        [MeetingRecord.Summary] = "First line\nsecond line",
        [MeetingRecord.Topics] = "1,2",
    };

    [Fact]
    public void Only_the_fields_the_editor_changed_are_proposed_whatever_the_browser_did_to_blanks_and_line_breaks()
    {
        var form = Shown(Opened);
        form.City = "  ";
        form.Summary = "First line\r\nsecond line";
        form.Title = "Rutte meets Milatović in Podgorica";
        form.Topics.Add("3");

        var changes = form.Changes(Opened);

        Assert.Equal(
            new RecordState { [MeetingRecord.Title] = "Rutte meets Milatović in Podgorica", [MeetingRecord.Topics] = "1,2,3" },
            changes);
    }

    [Fact]
    public void After_a_conflict_the_form_shows_the_record_as_it_now_is_with_the_editors_changes_over_it()
    {
        var form = Shown(Opened);
        form.Title = "Retitled";
        form.Topics.Remove("1");
        form.Topics.Add("3");
        var current = new RecordState(Opened) { [MeetingRecord.City] = "Cetinje", [MeetingRecord.Topics] = "2,4" };

        form.Rebase(Opened, current);

        // Another editor's city and topic stay; this editor's title, removed topic (1) and added topic (3) are kept.
        Assert.Equal(("Retitled", "Cetinje", "2,3,4"), (form.Title, form.City, MeetingRecord.List(form.Topics)));
        Assert.Equal(new RecordState { [MeetingRecord.Title] = "Retitled", [MeetingRecord.Topics] = "2,3,4" }, form.Changes(current));
    }

    [Fact]
    public void Lines_are_rebased_phrase_by_phrase()
    {
        var opened = new RecordState { [PersonRecord.Name] = "Mark Rutte", [PersonRecord.Aliases] = "M. Rutte\nRutte" };
        var form = new PersonEditForm();
        form.Show(opened);
        form.Aliases = "Mark Rütte\r\nRutte\r\n";

        form.Rebase(opened, new RecordState(opened) { [PersonRecord.Aliases] = "M. Rutte\nMarkus Rutte\nRutte" });

        Assert.Equal(("Mark Rutte", "Mark Rütte\nMarkus Rutte\nRutte"), (form.Name, form.Aliases));
    }

    private static MeetingEditForm Shown(RecordState state)
    {
        var form = new MeetingEditForm();
        form.Show(state);
        return form;
    }
}
