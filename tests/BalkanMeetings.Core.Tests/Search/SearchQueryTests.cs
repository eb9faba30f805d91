using BalkanMeetings.Core.Search;

namespace BalkanMeetings.Core.Tests.Search;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("Vučić", "vucic")]
    [InlineData("Вучић", "vucic")]
    [InlineData("ĐUKANOVIĆ", "dukanovic")]
    [InlineData("Сиљановска", "siljanovska")]
    [InlineData("Ковачевски", "kovacevski")]
    public void Words_are_folded_to_plain_latin(string input, string term) =>
        Assert.Equal([term], SearchQuery.Parse(input).Terms);

    [Fact]
    public void Operators_and_quotes_are_not_passed_through()
    {
        var query = SearchQuery.Parse("\"NATO\" AND (Kosovo OR -Serbia) NEAR/2 ^x:y");

        Assert.Equal(["nato", "and", "kosovo", "or", "serbia", "near", "2", "x", "y"], query.Terms);
    }

    [Fact]
    public void A_star_after_a_word_asks_for_its_prefix()
    {
        Assert.Equal(["defen*", "kfor"], SearchQuery.Parse("defen* KFOR").Terms);
    }

    [Fact]
    public void Long_input_is_cut_and_said_to_be()
    {
        var query = SearchQuery.Parse(new string('a', 10_000));

        Assert.True(query.WasShortened);
        Assert.Equal(SearchQuery.MaxLength, query.Text.Length);
        Assert.Single(query.Terms);
    }

    [Fact]
    public void Many_words_are_capped_and_repeated_words_counted_once()
    {
        var query = SearchQuery.Parse(string.Join(' ', Enumerable.Range(0, 30).Select(i => "w" + i)) + " w0");

        Assert.True(query.WasShortened);
        Assert.Equal(SearchQuery.MaxTerms, query.Terms.Count);
        Assert.Equal(query.Terms.Count, query.Terms.Distinct().Count());
    }

    [Theory]
    [InlineData("defen* secur* cyber*")]
    [InlineData("nato kosovo serbia montenegro albania")]
    public void A_query_within_the_cap_on_its_cost_may_run(string input) => Assert.Null(SearchQuery.Parse(input).Refusal);

    [Theory]
    [InlineData("n* s* t* a* b* c* d* e* f* g* h* i*")]
    [InlineData("defen* secur* cyber* milit*")]
    [InlineData("kosovo de*")]
    public void A_query_with_too_many_prefixes_or_a_short_one_is_refused_and_says_why(string input)
    {
        var query = SearchQuery.Parse(input);

        Assert.False(query.IsEmpty);
        Assert.Contains($"at most {SearchQuery.MaxPrefixTerms} words with *", query.Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("*** ---")]
    public void Input_without_words_is_empty(string? input) => Assert.True(SearchQuery.Parse(input).IsEmpty);
}
