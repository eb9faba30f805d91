using BalkanMeetings.Core.Import.Extraction;

namespace BalkanMeetings.Core.Tests.Import.Extraction;

public sealed class TextOrderTests
{
    private static readonly TextSpan[] Spans = [new(0, 4), new(10, 12), new(10, 15), new(20, 30)];

    [Fact]
    public void Between_gives_the_items_whose_key_falls_in_the_range_in_order()
    {
        Assert.Equal([new TextSpan(10, 12), new TextSpan(10, 15)], TextOrder.Between(Spans, 5, 20, s => s.Start));
        Assert.Equal([new TextSpan(0, 4)], TextOrder.Between(Spans, 0, 10, s => s.Start));
        Assert.Empty(TextOrder.Between(Spans, 31, 40, s => s.Start));
    }

    [Fact]
    public void LastAtOrBefore_gives_the_last_item_whose_key_is_not_past_the_value()
    {
        string[] words = ["a", "bb", "ccc"];

        Assert.Equal("bb", TextOrder.LastAtOrBefore(words, 2, w => w.Length));
        Assert.Equal("ccc", TextOrder.LastAtOrBefore(words, 9, w => w.Length));
        Assert.Null(TextOrder.LastAtOrBefore(words, 0, w => w.Length));
    }

    [Fact]
    public void Enclosing_finds_the_quotation_holding_a_stretch_and_nothing_for_one_that_crosses_its_end()
    {
        TextSpan[] quotes = [new(0, 4), new(10, 15), new(20, 30)];

        Assert.Equal(new TextSpan(20, 30), TextOrder.Enclosing(quotes, 20, 30));
        Assert.Equal(new TextSpan(10, 15), TextOrder.Enclosing(quotes, 11, 13));
        Assert.Null(TextOrder.Enclosing(quotes, 12, 17));
        Assert.Null(TextOrder.Enclosing(quotes, 5, 6));
    }
}
