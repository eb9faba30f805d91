using BalkanMeetings.Core.Browse;
using BalkanMeetings.Web.Features.Meetings;
using Bunit;

namespace BalkanMeetings.Web.Tests.Components;

public sealed class FacetGroupTests : BunitContext
{
    [Fact]
    public void Values_show_counts_and_links_and_the_chosen_one_offers_removal()
    {
        FacetValue[] values = [new("RS", "Serbia", 12), new("XK", "Kosovo", 1_234)];

        var document = Render<FacetGroup>(p => p
            .Add(c => c.Name, "country")
            .Add(c => c.Title, "Country")
            .Add(c => c.Values, values)
            .Add(c => c.IsSelected, (Func<FacetValue, bool>)(v => v.Value == "RS"))
            .Add(c => c.Href, (Func<FacetValue, string>)(v => "/?pick=" + v.Value)));

        var items = document.FindAll("li");
        Assert.Equal("Country", document.Find("h3#facet-country").TextContent);
        Assert.Equal("selected", items[0].ClassName);
        Assert.Equal("Remove filter Country: Serbia", items[0].QuerySelector("a")!.GetAttribute("aria-label"));
        Assert.Equal("1,234", items[1].QuerySelector(".n")!.TextContent);
        Assert.Equal("/?pick=XK", items[1].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Long_facets_fold_the_rest_away_and_empty_ones_render_nothing()
    {
        var many = Enumerable.Range(1, 12).Select(i => new FacetValue(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Topic " + i, 13 - i)).ToArray();

        var folded = RenderTopics(many);
        var empty = RenderTopics([]);

        Assert.Equal(8, folded.FindAll("section > ul > li").Count);
        Assert.Equal(4, folded.FindAll("details li").Count);
        Assert.Equal("4 more", folded.Find("summary").TextContent);
        Assert.Empty(empty.FindAll("section"));
    }

    private IRenderedComponent<FacetGroup> RenderTopics(FacetValue[] values) =>
        Render<FacetGroup>(p => p
            .Add(c => c.Name, "topic")
            .Add(c => c.Title, "Topic")
            .Add(c => c.Values, values)
            .Add(c => c.IsSelected, (Func<FacetValue, bool>)(_ => false))
            .Add(c => c.Href, (Func<FacetValue, string>)(_ => "/")));
}
