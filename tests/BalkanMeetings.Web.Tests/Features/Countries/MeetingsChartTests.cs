using BalkanMeetings.Core.Browse;
using BalkanMeetings.Web.Features.Countries;

namespace BalkanMeetings.Web.Tests.Features.Countries;

public sealed class MeetingsChartTests
{
    private static readonly Func<int, string> Href = year => $"/?from={year}&to={year}";

    [Fact]
    public void Years_without_meetings_between_the_first_and_last_get_an_empty_bar()
    {
        var chart = MeetingsChart.Build([new(2022, 1), new(2019, 2)], [], Href, MeetingsChart.Wide);

        Assert.Equal([2019, 2020, 2021, 2022], chart.Bars.Select(b => b.Year));
        Assert.Equal([2, 0, 0, 1], chart.Bars.Select(b => b.Count));
        Assert.Equal(0, chart.Bars[1].BarHeight);
        Assert.Equal("/?from=2020&to=2020", chart.Bars[1].Href);
    }

    [Fact]
    public void Bar_heights_are_proportional_to_the_counts_on_one_baseline()
    {
        var chart = MeetingsChart.Build([new(2020, 1), new(2021, 2), new(2022, 4)], [], Href, MeetingsChart.Wide);

        Assert.Equal(chart.Bars[0].BarHeight * 2, chart.Bars[1].BarHeight, 6);
        Assert.Equal(chart.Bars[0].BarHeight * 4, chart.Bars[2].BarHeight, 6);
        Assert.All(chart.Bars, b => Assert.Equal(chart.PlotBottom, b.Y + b.BarHeight, 6));
        Assert.Equal(chart.PlotTop, chart.Bars[2].Y, 6);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(4, 1, 4)]
    [InlineData(7, 2, 8)]
    [InlineData(23, 5, 25)]
    [InlineData(120, 50, 150)]
    public void Axis_steps_are_round_numbers_with_at_most_five_steps(int most, int step, int axisMax)
    {
        var chart = MeetingsChart.Build([new(2024, most)], [], Href, MeetingsChart.Wide);

        Assert.Equal(axisMax, chart.AxisMax);
        Assert.Equal(Enumerable.Range(0, (axisMax / step) + 1).Select(i => i * step), chart.Ticks.Select(t => t.Value));
        Assert.Equal(chart.PlotBottom, chart.Ticks[0].Y);
        Assert.Equal(chart.PlotTop, chart.Ticks[^1].Y, 6);
    }

    [Fact]
    public void Summits_outside_the_years_are_left_out_and_the_rest_numbered_in_date_order_where_they_fell()
    {
        SummitRef[] summits =
        [
            new("Madrid Summit", "Madrid", new(2022, 6, 28), new(2022, 6, 30)),
            new("Wales Summit", "Newport", new(2014, 9, 4), new(2014, 9, 5)),
            new("Brussels Summit", "Brussels", new(2021, 6, 14), new(2021, 6, 14)),
        ];

        var chart = MeetingsChart.Build([new(2021, 3), new(2022, 1)], summits, Href, MeetingsChart.Wide);

        Assert.Equal([(1, "Brussels Summit"), (2, "Madrid Summit")], chart.Summits.Select(s => (s.Number, s.Summit.Name)));
        var slot = (MeetingsChart.Wide.PlotRight - MeetingsChart.Wide.PlotLeft) / 2;
        Assert.InRange(chart.Summits[0].X, MeetingsChart.Wide.PlotLeft + (slot * 0.4), MeetingsChart.Wide.PlotLeft + (slot * 0.5));
        Assert.InRange(chart.Summits[1].X, MeetingsChart.Wide.PlotLeft + (slot * 1.4), MeetingsChart.Wide.PlotLeft + (slot * 1.5));
        Assert.All(chart.Summits, s => Assert.True(s.MarkerY + MeetingsChart.Wide.MarkerRadius < chart.PlotTop));
    }

    [Fact]
    public void Summits_too_close_to_tell_apart_are_marked_on_separate_rows()
    {
        SummitRef[] summits =
        [
            new("Extraordinary Summit", "Brussels", new(2022, 3, 24), new(2022, 3, 24)),
            new("Madrid Summit", "Madrid", new(2022, 6, 28), new(2022, 6, 30)),
        ];
        YearCount[] years = [.. Enumerable.Range(2010, 15).Select(y => new YearCount(y, 1))];

        var chart = MeetingsChart.Build(years, summits, Href, MeetingsChart.Compact);

        Assert.NotEqual(chart.Summits[0].MarkerY, chart.Summits[1].MarkerY);
        Assert.True(Math.Abs(chart.Summits[0].MarkerY - chart.Summits[1].MarkerY) >= 2 * MeetingsChart.Compact.MarkerRadius);
    }

    [Fact]
    public void Long_ranges_label_only_as_many_years_as_fit()
    {
        YearCount[] years = [.. Enumerable.Range(2005, 20).Select(y => new YearCount(y, y % 3))];

        var wide = MeetingsChart.Build(years, [], Href, MeetingsChart.Wide);
        var compact = MeetingsChart.Build(years, [], Href, MeetingsChart.Compact);

        Assert.InRange(wide.Bars.Count(b => b.Label is not null), 8, MeetingsChart.Wide.MaxLabels);
        Assert.InRange(compact.Bars.Count(b => b.Label is not null), 3, MeetingsChart.Compact.MaxLabels);
        Assert.Equal("2005", compact.Bars[0].Label);
        Assert.Equal(20, compact.Bars.Count);
    }

    [Fact]
    public void Description_names_the_range_the_busiest_year_and_the_summits()
    {
        var chart = MeetingsChart.Build(
            [new(2021, 4), new(2019, 2)], [new("Brussels Summit", "Brussels", new(2021, 6, 14), new(2021, 6, 14))], Href, MeetingsChart.Wide);

        Assert.Equal(
            "Bars for each year from 2019 to 2021: 6 meetings with Serbia, most in 2021 (4). "
            + "Numbered lines mark NATO summits: 1, Brussels Summit (14 Jun 2021). The same numbers are in the table that follows.",
            chart.Describe("with Serbia"));
    }

    [Theory]
    [InlineData("2021-06-14", "2021-06-14", "14 Jun 2021")]
    [InlineData("2023-07-11", "2023-07-12", "11–12 Jul 2023")]
    [InlineData("2022-06-30", "2022-07-02", "30 Jun – 2 Jul 2022")]
    [InlineData("2019-12-31", "2020-01-01", "31 Dec 2019 – 1 Jan 2020")]
    public void Summit_dates_read_as_a_day_or_a_span(string start, string end, string expected) =>
        Assert.Equal(expected, MeetingsChart.SummitDates(new("Summit", "City", DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void A_chart_needs_a_year() =>
        Assert.Throws<ArgumentException>(() => MeetingsChart.Build([], [], Href, MeetingsChart.Wide));
}
