using BalkanMeetings.Core.Browse;
using BalkanMeetings.Web.Components.Shared;
using Bunit;

namespace BalkanMeetings.Web.Tests.Components;

public sealed class RankedListTests : BunitContext
{
    [Fact]
    public void Items_keep_their_order_and_each_count_links_to_its_meetings()
    {
        var document = Render<RankedList>(p => p
            .Add(c => c.Items, new RankedList.Item[]
            {
                new("Serbia", "/countries/rs", null, 4, "/?country=RS&person=2"),
                new("Kosovo", null, "President", 1, "/?country=XK&person=2"),
            })
            .Add(c => c.Relation, "involving"));

        var items = document.FindAll("ol.ranked > li");
        Assert.Equal(2, items.Count);
        Assert.Equal("/countries/rs", items[0].QuerySelector(".name a")!.GetAttribute("href"));
        Assert.Null(items[1].QuerySelector(".name a"));
        Assert.Equal("President", items[1].QuerySelector(".detail")!.TextContent);
        var count = items[0].QuerySelector("a.n")!;
        Assert.Equal("/?country=RS&person=2", count.GetAttribute("href"));
        Assert.Equal("4 meetings involving Serbia", count.TextContent);
        Assert.Equal(" involving Serbia", count.QuerySelector(".visually-hidden")!.TextContent);
        Assert.Equal("1 meeting involving Kosovo", items[1].QuerySelector("a.n")!.TextContent);
        Assert.Equal(["100", "25"], items.Select(i => i.QuerySelector("svg.share rect")!.GetAttribute("width")));
        Assert.Empty(document.FindAll("[style]"));
    }

    [Fact]
    public void Empty_list_says_so()
    {
        var document = Render<RankedList>(p => p
            .Add(c => c.Items, Array.Empty<RankedList.Item>())
            .Add(c => c.Relation, "with")
            .Add(c => c.EmptyText, "Nobody else was there."));

        Assert.Empty(document.FindAll("ol"));
        Assert.Equal("Nobody else was there.", document.Find("p.empty-note").TextContent);
    }

    [Theory]
    [InlineData(null, ListOrder.ByCount)]
    [InlineData("", ListOrder.ByCount)]
    [InlineData("count", ListOrder.ByCount)]
    [InlineData("Name", ListOrder.ByName)]
    [InlineData("nonsense", ListOrder.ByCount)]
    public void Sort_value_name_asks_for_alphabetical_order_and_anything_else_for_counts(string? sort, ListOrder order) =>
        Assert.Equal(order, SortLinks.Read(sort));

    [Fact]
    public void Sort_links_mark_the_current_order()
    {
        var document = Render<SortLinks>(p => p
            .Add(c => c.Path, "/topics")
            .Add(c => c.ByName, true));

        var links = document.FindAll("nav.sort-links a");
        Assert.Equal(["/topics", "/topics?sort=name"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal([null, "true"], links.Select(a => a.GetAttribute("aria-current")));
    }
}
