namespace BalkanMeetings.Web.Tests.Browser;

/// <summary>The about page on a phone: the data dictionary's rows stack, each value after its column's heading.</summary>
[Collection(BrowserTests.Name)]
public sealed class AboutPageBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task On_a_phone_the_dictionary_rows_stack_with_their_column_headings_and_nothing_scrolls_sideways()
    {
        await using var session = await browser.OpenAsync(Viewport.Phone);
        await session.GotoAsync("/about");

        var tables = await session.EvaluateJsonAsync<List<StackedTable>>("""
            async () => [...document.querySelectorAll('.dictionary .table-wrap')].map(box => ({
                scrolls: box.scrollWidth > box.clientWidth,
                firstLabel: getComputedStyle(box.querySelector('tbody td'), '::before').content,
                header: box.querySelector('thead th').textContent,
            }))
            """);

        await session.AssertFitsWidthAsync(Viewport.Phone.Width);
        Assert.Equal(7, tables.Count);
        Assert.All(tables, table => Assert.False(table.Scrolls));
        Assert.All(tables, table => Assert.Equal($"\"{table.Header}: \"", table.FirstLabel));
        await session.AssertAccessibleAsync();
        await session.ScreenshotAsync();
    }

    private sealed record StackedTable(bool Scrolls, string FirstLabel, string Header);
}
