using System.Globalization;
using AngleSharp.Dom;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Web.Features.Countries;
using Bunit;

namespace BalkanMeetings.Web.Tests.Features.Countries;

public sealed class MeetingsChartViewTests : BunitContext
{
    private static readonly SummitRef[] Summits =
    [
        new("London Leaders Meeting", "London (Watford)", new(2019, 12, 3), new(2019, 12, 4)),
        new("Brussels Summit", "Brussels", new(2021, 6, 14), new(2021, 6, 14)),
        new("Madrid Summit", "Madrid", new(2022, 6, 28), new(2022, 6, 30)),
    ];

    [Fact]
    public void Svg_has_a_bar_per_year_with_meetings_and_heights_in_proportion()
    {
        var document = RenderChart();

        var svg = document.Find(".chart-wide svg");
        var bars = svg.QuerySelectorAll("rect.bar");
        Assert.Equal(["2019", "2021", "2022"], bars.Select(b => b.GetAttribute("data-year")));
        Assert.Equal(4, svg.QuerySelectorAll("g.bars > g.column").Length);
        Assert.Equal(Height(bars[2]) * 2, Height(bars[0]), 1);
        Assert.Equal(Height(bars[2]) * 4, Height(bars[1]), 1);
        Assert.Equal(["2019", "2020", "2021", "2022"], svg.QuerySelectorAll("g.year text").Select(t => t.TextContent));
        Assert.StartsWith("0 0 600 ", svg.GetAttribute("viewBox"), StringComparison.Ordinal);
        Assert.Equal("100%", svg.GetAttribute("width"));
    }

    [Fact]
    public void Svg_is_one_image_named_by_its_title_and_description()
    {
        var document = RenderChart();

        var svg = document.Find(".chart-wide svg");
        Assert.Equal("img", svg.GetAttribute("role"));
        var named = svg.GetAttribute("aria-labelledby")!.Split(' ').Select(id => document.Find("#" + id)).ToList();
        Assert.Equal(["title", "desc"], named.Select(e => e.LocalName));
        Assert.Equal("Meetings with Serbia per year", named[0].TextContent);
        Assert.Contains("from 2019 to 2022: 7 meetings with Serbia, most in 2021 (4)", named[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("2, Brussels Summit (14 Jun 2021)", named[1].TextContent, StringComparison.Ordinal);

        // An image holds no controls; the table links each year instead.
        Assert.Empty(svg.QuerySelectorAll("a"));
    }

    [Fact]
    public void Summits_are_marked_numbered_and_listed_in_a_legend()
    {
        var document = RenderChart();

        var marks = document.FindAll(".chart-wide svg g.summit");
        Assert.Equal(["1", "2", "3"], marks.Select(m => m.GetAttribute("data-number")));
        Assert.All(marks, m => Assert.NotNull(m.QuerySelector("line")));
        Assert.Equal("2. Brussels Summit, Brussels, 14 Jun 2021", marks[1].QuerySelector("title")!.TextContent);
        var legend = document.FindAll(".summit-legend li");
        Assert.Equal(3, legend.Count);
        Assert.Equal("3", legend[2].GetAttribute("value"));
        Assert.Contains("Madrid Summit, Madrid, 28–30 Jun 2022", legend[2].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_gives_the_same_numbers_and_links_as_the_bars()
    {
        var document = RenderChart();

        var rows = document.FindAll("details.chart-table tbody tr");
        Assert.Equal(["2019", "2020", "2021", "2022"], rows.Select(r => r.QuerySelector("th")!.TextContent));
        var counts = rows.Select(r => r.QuerySelector("td.n")!.TextContent.Trim()).Select(t => int.Parse(t.Split(' ')[0], CultureInfo.InvariantCulture));
        var svgBars = document.FindAll(".chart-wide svg g.bars > g.column")
            .Select(column => column.QuerySelector("rect.bar")?.GetAttribute("data-count") ?? "0")
            .Select(c => int.Parse(c, CultureInfo.InvariantCulture));
        Assert.Equal(svgBars, counts);
        Assert.Equal(
            document.FindAll(".chart-wide rect.bar").Select(b => $"/?country=RS&from={b.GetAttribute("data-year")}&to={b.GetAttribute("data-year")}"),
            rows.Select(r => r.QuerySelector("td.n a")?.GetAttribute("href")).OfType<string>());
        Assert.Equal("2 meetings in 2019", rows[0].QuerySelector("td.n a")!.TextContent);
        Assert.Contains("Brussels Summit", rows[2].QuerySelectorAll("td")[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compact_drawing_for_phones_comes_with_its_own_ids()
    {
        var document = RenderChart();

        var compact = document.Find(".chart-compact svg");
        Assert.StartsWith("0 0 320 ", compact.GetAttribute("viewBox"), StringComparison.Ordinal);
        Assert.Equal(3, compact.QuerySelectorAll("rect.bar").Length);
        var ids = document.FindAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    private static double Height(IElement bar) => double.Parse(bar.GetAttribute("height")!, CultureInfo.InvariantCulture);

    private IRenderedComponent<MeetingsChartView> RenderChart() =>
        Render<MeetingsChartView>(p => p
            .Add(c => c.Caption, "Meetings with Serbia per year")
            .Add(c => c.Subject, "with Serbia")
            .Add(c => c.Years, new YearCount[] { new(2019, 2), new(2021, 4), new(2022, 1) })
            .Add(c => c.Summits, Summits)
            .Add(c => c.YearHref, (Func<int, string>)(year => $"/?country=RS&from={year}&to={year}")));
}
