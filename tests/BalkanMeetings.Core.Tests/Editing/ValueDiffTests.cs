using BalkanMeetings.Core.Editing;

namespace BalkanMeetings.Core.Tests.Editing;

public sealed class ValueDiffTests
{
    [Fact]
    public void A_replaced_name_reads_as_one_replacement_and_the_rest_as_kept()
    {
        var pieces = ValueDiff.Words("Jens Stoltenberg meets Dritan Abazović", "Mark Rutte meets Dritan Abazović");

        Assert.Equal(
            [new(DiffKind.Removed, "Jens Stoltenberg"), new(DiffKind.Added, "Mark Rutte"), new DiffPiece(DiffKind.Same, " meets Dritan Abazović")],
            pieces);
    }

    [Fact]
    public void Words_added_at_the_end_and_punctuation_changed_in_the_middle_are_marked_alone()
    {
        Assert.Equal(
            [new(DiffKind.Same, "Talks in Brussels"), new DiffPiece(DiffKind.Added, " on Monday")],
            ValueDiff.Words("Talks in Brussels", "Talks in Brussels on Monday"));
        Assert.Equal(
            [new(DiffKind.Same, "Skopje"), new(DiffKind.Removed, ","), new(DiffKind.Added, ";"), new DiffPiece(DiffKind.Same, " then Tirana")],
            ValueDiff.Words("Skopje, then Tirana", "Skopje; then Tirana"));
    }

    [Fact]
    public void An_empty_side_is_all_added_or_all_removed_and_equal_values_are_all_kept()
    {
        Assert.Equal([new DiffPiece(DiffKind.Added, "NATO headquarters")], ValueDiff.Words(null, "NATO headquarters"));
        Assert.Equal([new DiffPiece(DiffKind.Removed, "Podgorica")], ValueDiff.Words("Podgorica", ""));
        Assert.Equal([new DiffPiece(DiffKind.Same, "Held")], ValueDiff.Words("Held", "Held"));
        Assert.Empty(ValueDiff.Words(null, null));
    }

    [Theory]
    [InlineData("The Secretary General met the Prime Minister.", "The Deputy Secretary General met the Prime Minister and the President.")]
    [InlineData("Đukanović  visited\nBrussels", "Вучић visited Brussels twice")]
    [InlineData("a b c d e", "e d c b a")]
    public void Kept_and_removed_runs_give_the_old_text_back_and_kept_and_added_runs_the_new(string before, string after)
    {
        var pieces = ValueDiff.Words(before, after);

        Assert.Equal(before, string.Concat(pieces.Where(p => p.Kind != DiffKind.Added).Select(p => p.Text)));
        Assert.Equal(after, string.Concat(pieces.Where(p => p.Kind != DiffKind.Removed).Select(p => p.Text)));
        Assert.DoesNotContain(pieces, p => p.Text.Length == 0);
    }

    [Fact]
    public void Long_unchanged_text_is_cut_to_the_words_around_the_changes()
    {
        var opening = string.Join(' ', Enumerable.Repeat("words before", 20));
        var middle = string.Join(' ', Enumerable.Repeat("kept between", 20));
        var pieces = ValueDiff.Shorten(ValueDiff.Words($"{opening} Brussels {middle} Monday end", $"{opening} Skopje {middle} Tuesday end"), 20);

        Assert.Equal(
            [
                new(DiffKind.Same, "… words before "),
                new(DiffKind.Removed, "Brussels"),
                new(DiffKind.Added, "Skopje"),
                new(DiffKind.Same, " kept between kept … kept between "),
                new(DiffKind.Removed, "Monday"),
                new(DiffKind.Added, "Tuesday"),
                new DiffPiece(DiffKind.Same, " end"),
            ],
            pieces);
        Assert.Equal([new DiffPiece(DiffKind.Same, opening)], ValueDiff.Shorten([new DiffPiece(DiffKind.Same, opening)], 20));
    }

    [Fact]
    public void A_list_keeps_its_items_in_order_and_marks_the_added_and_removed_ones()
    {
        var lines = ValueDiff.Lines(["Albania", "Montenegro", "Serbia"], ["Albania", "Kosovo", "Montenegro"], c => c);

        Assert.Equal(
            [(DiffKind.Same, "Albania"), (DiffKind.Added, "Kosovo"), (DiffKind.Same, "Montenegro"), (DiffKind.Removed, "Serbia")],
            lines.Select(l => (l.Kind, l.Item)));
    }

    [Fact]
    public void A_changed_item_is_removed_before_its_replacement_is_added()
    {
        var before = new[] { (Id: 1, Text: "Jens Stoltenberg — Secretary General, NATO"), (Id: 2, Text: "Dritan Abazović — Prime Minister, Montenegro") };
        var after = new[] { (Id: 3, Text: "Mark Rutte — Secretary General, NATO"), (Id: 2, Text: "Dritan Abazović — Prime Minister, Montenegro") };

        var lines = ValueDiff.Lines(before, after, p => p.Text);

        Assert.Equal([(DiffKind.Removed, 1), (DiffKind.Added, 3), (DiffKind.Same, 2)], lines.Select(l => (l.Kind, l.Item.Id)));
    }

    [Fact]
    public void An_empty_list_on_either_side_is_all_added_or_all_removed()
    {
        Assert.Equal([(DiffKind.Added, "a"), (DiffKind.Added, "b")], ValueDiff.Lines([], ["a", "b"], s => s).Select(l => (l.Kind, l.Item)));
        Assert.Equal([(DiffKind.Removed, "a")], ValueDiff.Lines(["a"], [], s => s).Select(l => (l.Kind, l.Item)));
    }
}
