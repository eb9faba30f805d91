using BalkanMeetings.Core.Import.Blocks;

namespace BalkanMeetings.Core.Tests.Import.Blocks;

public sealed class ArticleParserTests
{
    [Fact]
    public void An_article_twice_as_long_costs_about_twice_as_many_line_lookups_not_four_times()
    {
        var shorter = ArticleParser.Parse(ShortLines(2_000));
        var longer = ArticleParser.Parse(ShortLines(4_000));

        Assert.Equal(2 * shorter.Blocks.Count, longer.Blocks.Count);
        var ratio = (double)longer.Source.LinesProbed / shorter.Source.LinesProbed;
        Assert.InRange(ratio, 1.9, 2.5);
    }

    [Fact]
    public void Every_line_is_a_block_whose_span_is_the_line_without_its_indentation()
    {
        const string text = "Leaders meet\nThe talks went well.\n    An indented paragraph, not code.\n| Initiative | Status |\n| --- | --- |\n| Cyber | Done |";

        var parsed = ArticleParser.Parse(text);

        Assert.Equal(
            ["Leaders meet", "The talks went well.", "An indented paragraph, not code."],
            parsed.Blocks.Select(b => text[b.Start..b.End]));
        Assert.Equal([BlockKind.Title, BlockKind.Paragraph, BlockKind.Paragraph], parsed.Blocks.Select(b => b.Kind));
        var cell = Assert.Single(parsed.Tables).Rows[0][1];
        Assert.Equal("Done", text[cell.Start..cell.End]);
    }

    [Fact]
    public void A_markdown_offset_maps_back_to_the_article_and_a_blank_line_between_blocks_to_the_end_of_the_line_before()
    {
        const string text = "First line.\n  Second line.";
        var source = ArticleParser.Parse(text).Source;

        var second = source.Markdown.IndexOf("Second", StringComparison.Ordinal);

        Assert.Equal(text.IndexOf("Second", StringComparison.Ordinal), source.ToText(second));
        Assert.Equal("First line.".Length, source.ToText(second - 1));
    }

    private static string ShortLines(int count) =>
        string.Join('\n', Enumerable.Range(0, count).Select(i => $"Line {i} is short."));
}
