using BalkanMeetings.Core.Browse;
using BalkanMeetings.Web.Features.Meetings;

namespace BalkanMeetings.Web.Tests.Components;

public sealed class FacetGroupTests
{
    [Fact]
    public async Task Values_show_counts_and_links_and_the_chosen_one_offers_removal()
    {
        FacetValue[] values = [new("RS", "Serbia", 12), new("XK", "Kosovo", 1_234)];

        var document = await ComponentRenderer.RenderAsync<FacetGroup>(new()
        {
            [nameof(FacetGroup.Name)] = "country",
            [nameof(FacetGroup.Title)] = "Country",
            [nameof(FacetGroup.Values)] = values,
            [nameof(FacetGroup.IsSelected)] = (Func<FacetValue, bool>)(v => v.Value == "RS"),
            [nameof(FacetGroup.Href)] = (Func<FacetValue, string>)(v => "/?pick=" + v.Value),
        });

        var items = document.QuerySelectorAll("li");
        Assert.Equal("Country", document.QuerySelector("h3#facet-country")!.TextContent);
        Assert.Equal("selected", items[0].ClassName);
        Assert.Equal("Remove filter Country: Serbia", items[0].QuerySelector("a")!.GetAttribute("aria-label"));
        Assert.Equal("1,234", items[1].QuerySelector(".n")!.TextContent);
        Assert.Equal("/?pick=XK", items[1].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Long_facets_fold_the_rest_away_and_empty_ones_render_nothing()
    {
        var many = Enumerable.Range(1, 12).Select(i => new FacetValue(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Topic " + i, 13 - i)).ToArray();

        var folded = await Render(many);
        var empty = await Render([]);

        Assert.Equal(8, folded.QuerySelectorAll("section > ul > li").Length);
        Assert.Equal(4, folded.QuerySelectorAll("details li").Length);
        Assert.Equal("4 more", folded.QuerySelector("summary")!.TextContent);
        Assert.Null(empty.QuerySelector("section"));
    }

    private static Task<AngleSharp.Html.Dom.IHtmlDocument> Render(FacetValue[] values) =>
        ComponentRenderer.RenderAsync<FacetGroup>(new()
        {
            [nameof(FacetGroup.Name)] = "topic",
            [nameof(FacetGroup.Title)] = "Topic",
            [nameof(FacetGroup.Values)] = values,
            [nameof(FacetGroup.IsSelected)] = (Func<FacetValue, bool>)(_ => false),
            [nameof(FacetGroup.Href)] = (Func<FacetValue, string>)(_ => "/"),
        });
}
