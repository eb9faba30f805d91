
namespace BalkanMeetings.Web.Tests.Features.Search;

public abstract class SearchPageTests(AppFactory factory)
{
    [SkippableTheory]
    [InlineData("Komsic")]
    [InlineData("Комшић")]
    public async Task Search_finds_a_name_without_diacritics_or_in_cyrillic_and_marks_it_in_the_snippet(string words)
    {
        var page = await factory.GetPageAsync("/search?q=" + Uri.EscapeDataString(words));

        var hit = Assert.Single(page.QuerySelectorAll("ol.hits > li"));
        Assert.Equal("Jens Stoltenberg meets Željko Komšić", hit.QuerySelector("h2 a")!.TextContent);
        Assert.Equal("Komšić", hit.QuerySelector(".snippet mark")!.TextContent);
    }

    [SkippableFact]
    public async Task Search_combines_with_the_meeting_filters_and_keeps_them_in_the_form()
    {
        var all = await factory.GetPageAsync("/search?q=sarajevo");
        var held = await factory.GetPageAsync("/search?q=sarajevo&status=held");

        Assert.True(held.QuerySelectorAll("ol.hits > li").Length < all.QuerySelectorAll("ol.hits > li").Length);
        Assert.Equal("held", held.QuerySelector("form.search input[type=hidden][name=status]")!.GetAttribute("value"));
    }

    [SkippableFact]
    public async Task Markup_typed_into_the_query_is_shown_back_as_text()
    {
        var page = await factory.GetPageAsync("/search?q=" + Uri.EscapeDataString("<script>alert(1)</script>"));

        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector(".empty h2")!.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task No_match_gives_advice_and_no_query_gives_a_prompt()
    {
        var none = await factory.GetPageAsync("/search?q=zzzzqqq");
        var empty = await factory.GetPageAsync("/search");

        Assert.Contains("Nothing found", none.QuerySelector(".empty h2")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(empty.QuerySelectorAll("ol.hits"));
        Assert.NotNull(empty.QuerySelector("p.empty"));
    }
}

public sealed class SqliteSearchPageTests(SeededApp seeded) : SearchPageTests(seeded.App), IClassFixture<SeededApp>;

[Trait("Category", "PostgreSQL")]
public sealed class PostgresSearchPageTests(PostgresSeededApp seeded) : SearchPageTests(seeded.App), IClassFixture<PostgresSeededApp>;
