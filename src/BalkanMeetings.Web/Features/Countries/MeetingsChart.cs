using System.Globalization;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Web.Components;

namespace BalkanMeetings.Web.Features.Countries;

/// <summary>
/// The geometry of a bar chart of meetings per year with NATO summits marked, in SVG user units, worked out in C# so
/// the page needs no script and no chart library. <see cref="MeetingsChartView"/> draws it.
/// </summary>
public sealed record MeetingsChart(
    MeetingsChart.Layout Shape,
    IReadOnlyList<MeetingsChart.Bar> Bars,
    IReadOnlyList<MeetingsChart.Tick> Ticks,
    IReadOnlyList<MeetingsChart.SummitMark> Summits,
    double PlotTop,
    double PlotBottom,
    double Height)
{
    /// <summary>Room above the tallest bar for its count.</summary>
    private const double Headroom = 20;

    private const double MarkerGap = 4;

    /// <summary>
    /// Sizes for one screen width. An SVG scales as a whole, text included, so a phone gets a narrower drawing of its
    /// own rather than the wide one shrunk until its labels are unreadable. <see cref="MaxLabels"/> is the most year
    /// labels that fit; beyond it only every n-th year is labelled.
    /// </summary>
    public sealed record Layout(string Name, double Width, double PlotLeft, double PlotRight, double PlotHeight, double FontSize, int MaxLabels, double MarkerRadius)
    {
        public double MarkerRow => (2 * MarkerRadius) + MarkerGap;
    }

    /// <summary>Drawn about 1:1 to 1.3:1 on screens from 40rem up to the chart's maximum width.</summary>
    public static readonly Layout Wide = new("wide", 600, 44, 590, 150, 12, 16, 9);

    /// <summary>Drawn about 1:1 on a 360 px phone.</summary>
    public static readonly Layout Compact = new("compact", 320, 38, 314, 150, 13, 6, 8);

    /// <summary>
    /// One year's bar. <see cref="Label"/> is null when the year goes unlabelled to avoid crowding, and
    /// <see cref="ShowCount"/> false when the bar is too narrow to carry its count (the table has every number).
    /// </summary>
    public sealed record Bar(int Year, int Count, double X, double Y, double BarWidth, double BarHeight, string Href, string? Label, bool ShowCount)
    {
        public double Center => X + (BarWidth / 2);
    }

    /// <summary>A value on the vertical axis and the height it is drawn at.</summary>
    public sealed record Tick(int Value, double Y);

    /// <summary>A summit, numbered as in the legend, at the horizontal place of its first day.</summary>
    public sealed record SummitMark(int Number, SummitRef Summit, double X, double MarkerY);

    public int FirstYear => Bars[0].Year;

    public int LastYear => Bars[^1].Year;

    public int AxisMax => Ticks[^1].Value;

    /// <param name="years">Counts of the years that have meetings, in any order; years between them count zero.</param>
    /// <param name="summits">Summits to mark; those outside the chart's years are left out.</param>
    /// <param name="href">The list of a year's meetings.</param>
    /// <param name="layout"><see cref="Wide"/> or <see cref="Compact"/>.</param>
    public static MeetingsChart Build(IReadOnlyCollection<YearCount> years, IEnumerable<SummitRef> summits, Func<int, string> href, Layout layout)
    {
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(summits);
        ArgumentNullException.ThrowIfNull(href);
        ArgumentNullException.ThrowIfNull(layout);
        if (years.Count == 0)
        {
            throw new ArgumentException("A chart needs at least one year.", nameof(years));
        }

        var first = years.Min(y => y.Year);
        var last = years.Max(y => y.Year);
        var counts = years.GroupBy(y => y.Year).ToDictionary(g => g.Key, g => g.Sum(y => y.Count));
        var yearCount = last - first + 1;
        var slot = (layout.PlotRight - layout.PlotLeft) / yearCount;

        // Summit markers sit in rows above the plot; a marker too close to the one before it goes a row higher.
        var marks = new List<(int Number, SummitRef Summit, double X, int Row)>();
        var rowEnds = new List<double>();
        foreach (var summit in summits.Where(s => s.Start.Year >= first && s.Start.Year <= last).OrderBy(s => s.Start))
        {
            var x = layout.PlotLeft + ((summit.Start.Year - first + YearFraction(summit.Start)) * slot);
            var row = rowEnds.FindIndex(end => x - end >= layout.MarkerRow);
            if (row < 0)
            {
                row = rowEnds.Count;
                rowEnds.Add(x);
            }

            rowEnds[row] = x;
            marks.Add((marks.Count + 1, summit, x, row));
        }

        var plotTop = (rowEnds.Count * layout.MarkerRow) + Headroom + MarkerGap;
        var plotBottom = plotTop + layout.PlotHeight;
        var most = counts.Values.Max();
        var step = TickStep(most);
        var axisMax = Math.Max(step, (int)Math.Ceiling(most / (double)step) * step);
        var ticks = Enumerable.Range(0, (axisMax / step) + 1)
            .Select(i => new Tick(i * step, plotBottom - (i * step * layout.PlotHeight / axisMax)))
            .ToList();

        var labelEvery = (int)Math.Ceiling(yearCount / (double)layout.MaxLabels);
        var barWidth = Math.Min(slot * 0.64, 64);
        var showCounts = slot >= layout.FontSize * Math.Max(2, Digits(most)) * 0.7;
        var bars = Enumerable.Range(first, yearCount)
            .Select(year =>
            {
                var count = counts.GetValueOrDefault(year);
                var height = count * layout.PlotHeight / axisMax;
                var index = year - first;
                var x = layout.PlotLeft + (index * slot) + ((slot - barWidth) / 2);
                var label = index % labelEvery == 0 ? year.ToString(CultureInfo.InvariantCulture) : null;
                return new Bar(year, count, x, plotBottom - height, barWidth, height, href(year), label, showCounts && count > 0);
            })
            .ToList();

        var markers = marks
            .Select(m => new SummitMark(m.Number, m.Summit, m.X, plotTop - Headroom - MarkerGap - layout.MarkerRadius - (m.Row * layout.MarkerRow)))
            .ToList();
        return new MeetingsChart(layout, bars, ticks, markers, plotTop, plotBottom, plotBottom + (layout.FontSize * 4.4));
    }

    /// <summary>What the chart shows, in words, for readers who cannot see it.</summary>
    public string Describe(string subject)
    {
        var most = Bars.Max(b => b.Count);
        var busiest = Bars.Where(b => b.Count == most).Select(b => b.Year.ToString(CultureInfo.InvariantCulture)).ToList();
        var total = Bars.Sum(b => b.Count);
        var text = FirstYear == LastYear
            ? $"One bar: {Display.Count(total, "meeting")} {subject} in {FirstYear}."
            : $"Bars for each year from {FirstYear} to {LastYear}: {Display.Count(total, "meeting")} {subject}, "
                + (busiest.Count == 1 ? $"most in {busiest[0]} ({Display.Number(most)})."
                    : busiest.Count <= 3 ? $"most in {string.Join(" and ", busiest)} ({Display.Number(most)} each)."
                    : $"at most {Display.Number(most)} a year.");
        if (Summits.Count > 0)
        {
            text += " Numbered lines mark NATO summits: "
                + string.Join("; ", Summits.Select(s => $"{s.Number}, {s.Summit.Name} ({SummitDates(s.Summit)})")) + ".";
        }

        return text + " The same numbers are in the table that follows.";
    }

    /// <summary><c>14 Jun 2021</c>; over several days <c>11–12 Jul 2023</c>, <c>30 Jun – 2 Jul 2022</c>.</summary>
    public static string SummitDates(SummitRef summit)
    {
        ArgumentNullException.ThrowIfNull(summit);
        var (start, end) = (summit.Start, summit.End);
        string Format(DateOnly date, string format) => date.ToString(format, CultureInfo.InvariantCulture);
        return end <= start ? Display.Day(start)
            : start.Year != end.Year ? $"{Display.Day(start)} – {Display.Day(end)}"
            : start.Month != end.Month ? $"{Format(start, "d MMM")} – {Display.Day(end)}"
            : $"{Format(start, "%d")}–{Display.Day(end)}";
    }

    /// <summary>A coordinate as SVG reads it: invariant, two decimals at most.</summary>
    public static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>1, 2 or 5 times a power of ten, so the axis has at most five steps.</summary>
    private static int TickStep(int max)
    {
        for (var power = 1; ; power *= 10)
        {
            foreach (var factor in (int[])[1, 2, 5])
            {
                if (max <= factor * power * 5)
                {
                    return factor * power;
                }
            }
        }
    }

    private static int Digits(int number) => number.ToString(CultureInfo.InvariantCulture).Length;

    private static double YearFraction(DateOnly date) =>
        (date.DayOfYear - 1) / (double)(DateTime.IsLeapYear(date.Year) ? 366 : 365);
}
