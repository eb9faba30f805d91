using AngleSharp.Dom;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Web.Features.Editing;
using Bunit;

namespace BalkanMeetings.Web.Tests.Features.Editing;

public sealed class RevisionChangesTests : BunitContext
{
    private static readonly RecordKey Meeting = new(nameof(Core.Domain.Meeting), 1);

    private static readonly RecordNames Names = new(
        new Dictionary<int, string> { [2] = "Jens Stoltenberg", [5] = "Mark Rutte" },
        new Dictionary<int, string> { [3] = "Cyber defence", [4] = "Hybrid threats" },
        new Dictionary<int, string>(),
        new Dictionary<string, string> { ["ME"] = "Montenegro", ["RS"] = "Serbia", ["XK"] = "Kosovo" },
        new Dictionary<RecordKey, string> { [new(nameof(Person), 5)] = "Mark Rutte" });

    [Fact]
    public void A_title_is_shown_word_by_word_with_removed_and_added_words_named_for_screen_readers()
    {
        var diff = RenderDiff(Change(MeetingRecord.Title, "Jens Stoltenberg meets Dritan Abazović", "Mark Rutte meets Dritan Abazović"));

        Assert.Equal("Title", diff.QuerySelector("dt")!.TextContent.Trim());
        var text = diff.QuerySelector("dd .diff-text")!;
        Assert.Equal("Jens Stoltenberg", text.QuerySelector("del")!.TextContent);
        Assert.Equal("Mark Rutte", text.QuerySelector("ins")!.TextContent);
        Assert.Equal(["removed: ", "added: "], text.QuerySelectorAll(".visually-hidden").Select(s => s.TextContent));
        Assert.EndsWith(" meets Dritan Abazović", text.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Countries_are_listed_by_name_with_the_added_and_removed_ones_marked()
    {
        var diff = RenderDiff(Change(MeetingRecord.Countries, "ME,RS", "ME,XK"));

        Assert.Equal(
            [("diff-added", "+Kosovo"), ("diff-same", "Montenegro"), ("diff-removed", "−Serbia")],
            diff.QuerySelectorAll(".diff-lines li").Select(li => (li.ClassName!, Visible(li))));
        Assert.Equal("Serbia", diff.QuerySelector(".diff-removed del")!.TextContent);
        Assert.Equal("Kosovo", diff.QuerySelector(".diff-added ins")!.TextContent);
    }

    [Fact]
    public void A_long_list_shows_its_changes_first_and_folds_the_unchanged_items_away()
    {
        var kept = Enumerable.Range(10, RevisionChanges.KeptShown + 1).ToList();
        var diff = RenderDiff(Change(MeetingRecord.Topics, MeetingRecord.List(kept), MeetingRecord.List([.. kept, 3])));

        Assert.Equal(["+Cyber defence"], diff.QuerySelectorAll("dd > .diff-lines > li").Select(Visible));
        var folded = diff.QuerySelector("details.diff-kept")!;
        Assert.Equal($"{kept.Count} unchanged", folded.QuerySelector("summary")!.TextContent);
        Assert.Equal(kept.Select(id => $"Topic {id}").Order(StringComparer.CurrentCulture), folded.QuerySelectorAll("li").Select(Visible));
    }

    [Fact]
    public void Participants_are_lines_of_name_role_and_organisation_with_the_person_linked()
    {
        var before = MeetingRecord.WriteParticipants([new ParticipantValue(7, 2, "Jens Stoltenberg", ValueOrigin.Stated, "Secretary General", "NATO", 1)]);
        var after = MeetingRecord.WriteParticipants([new ParticipantValue(7, 5, "Jens Stoltenberg", ValueOrigin.Edited, "Secretary General", "NATO", 1)]);

        var diff = RenderDiff(Change(MeetingRecord.Participants, before, after));

        Assert.Equal(
            [("diff-removed", "−Jens Stoltenberg — Secretary General, NATO"), ("diff-added", "+Mark Rutte — Secretary General, NATO")],
            diff.QuerySelectorAll(".diff-lines li").Select(li => (li.ClassName!, Visible(li))));
        Assert.Equal("/people/5", diff.QuerySelector(".diff-added ins a")!.GetAttribute("href"));
    }

    [Fact]
    public void Dates_and_kinds_are_written_in_words_as_a_whole_value_replaced()
    {
        var diff = RenderDiff(Change(MeetingRecord.Date, "2024-12-16", "2024-12"), Change(MeetingRecord.Kind, "Meeting", "Call"), Change(MeetingRecord.DateOrigin, "Stated", "Edited"));

        Assert.Equal(["Date", "Date source", "Kind"], diff.QuerySelectorAll("dt").Select(dt => dt.TextContent.Trim()));
        Assert.Equal(["16 Dec 2024", "stated in the article", "Meeting"], diff.QuerySelectorAll("del").Select(d => d.TextContent));
        Assert.Equal(["December 2024", "corrected by an editor", "Phone call"], diff.QuerySelectorAll("ins").Select(d => d.TextContent));
    }

    [Fact]
    public void A_field_the_history_does_not_know_is_shown_under_its_own_name_as_the_text_stored()
    {
        var diff = RenderDiff(new FieldChange(new RecordKey("Quote", 9), "SpeakerNote", "said twice", "said once"));

        Assert.Equal("SpeakerNote", diff.QuerySelector("dt")!.FirstChild!.TextContent.Trim());
        Assert.Equal(("twice", "once"), (diff.QuerySelector("del")!.TextContent, diff.QuerySelector("ins")!.TextContent));
        Assert.Equal("of Quote 9", Squash(diff.QuerySelector(".diff-record")!.TextContent));
    }

    [Fact]
    public void A_change_to_another_record_names_and_links_it()
    {
        var diff = RenderDiff(new FieldChange(new RecordKey(nameof(Person), 5), nameof(Person.Aliases), "Rutte", "Rutte\nM. Rutte"));

        Assert.Equal("Also written", diff.QuerySelector("dt")!.FirstChild!.TextContent.Trim());
        Assert.Equal("/people/5", diff.QuerySelector(".diff-record a")!.GetAttribute("href"));
        Assert.Equal("M. Rutte", diff.QuerySelector(".diff-added ins")!.TextContent);
    }

    [Fact]
    public void Script_in_a_value_is_shown_as_text()
    {
        var diff = RenderDiff(
            Change(MeetingRecord.Title, "Talks", "Talks <script>alert(1)</script>"),
            Change(MeetingRecord.Participants, null, MeetingRecord.WriteParticipants([new ParticipantValue(0, null, "<img src=x onerror=alert(1)>", ValueOrigin.Edited, "<b>Role</b>", "NATO", null)])));

        Assert.Empty(diff.QuerySelectorAll("script, img, b"));
        Assert.Contains("<script>alert(1)</script>", diff.QuerySelector("ins")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("<img src=x onerror=alert(1)> — <b>Role</b>, NATO", diff.QuerySelector(".diff-lines ins")!.TextContent);
    }

    private static FieldChange Change(string field, string? before, string? after) => new(Meeting, field, before, after);

    private IElement RenderDiff(params FieldChange[] changes)
    {
        var document = Render<RevisionChanges>(p => p
            .Add(c => c.Changes, changes)
            .Add(c => c.Record, Meeting)
            .Add(c => c.Names, Names));
        return document.Find("dl.diff");
    }

    // What a sighted reader sees: the text without the words only screen readers get.
    private static string Visible(IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var hidden in copy.QuerySelectorAll(".visually-hidden").ToList())
        {
            hidden.Remove();
        }

        return Squash(copy.TextContent);
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
