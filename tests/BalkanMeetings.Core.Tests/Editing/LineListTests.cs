using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;

namespace BalkanMeetings.Core.Tests.Editing;

public sealed class LineListTests
{
    [Fact]
    public void Typed_lines_are_trimmed_without_blanks_and_stored_sorted_so_order_does_not_count_as_a_change()
    {
        var typed = LineList.Read("  Sotcho\n\n Stoltenberg \r\nJ. Stoltenberg\n");

        Assert.Equal(["Sotcho", "Stoltenberg", "J. Stoltenberg"], typed);
        Assert.Equal(LineList.Write(["J. Stoltenberg", "Sotcho", "Stoltenberg"]), LineList.Write(typed));
        Assert.Null(LineList.Write([]));
    }

    [Fact]
    public void Applying_keeps_the_rows_still_listed_removes_the_rest_and_adds_the_new_phrases()
    {
        var kept = new TopicSynonym { Id = 7, Phrase = "cyber defence" };
        List<TopicSynonym> rows = [kept, new() { Id = 8, Phrase = "cyber attacks" }];

        LineList.Apply(rows, "cyber defence\ncyber resilience", s => s.Phrase, phrase => new TopicSynonym { Phrase = phrase });

        Assert.Equal(["cyber defence", "cyber resilience"], rows.Select(s => s.Phrase));
        Assert.Same(kept, rows[0]);
        Assert.Equal(0, rows[1].Id);
    }

    [Fact]
    public void A_repeated_or_overlong_phrase_is_named_in_the_problem()
    {
        Assert.Equal("“Rutte” is listed twice; keep it once.", LineList.Problem(["Rutte", "Mark Rutte", "Rutte"], "alias"));
        Assert.StartsWith("Keep each alias under 200 characters", LineList.Problem([new string('x', 201)], "alias"), StringComparison.Ordinal);
        Assert.Null(LineList.Problem(["Rutte", "Mark Rutte"], "alias"));
    }
}
