using BalkanMeetings.Core.Domain;
using BalkanMeetings.Web.Components.Shared;

namespace BalkanMeetings.Web.Tests.Components;

public sealed class DateTextTests
{
    [Theory]
    [InlineData(DatePrecision.Day, "16 Dec 2024", "2024-12-16")]
    [InlineData(DatePrecision.Month, "December 2024", "2024-12")]
    [InlineData(DatePrecision.Year, "2024", "2024")]
    public async Task Date_reads_as_precisely_as_it_is_known_with_a_machine_readable_twin(DatePrecision precision, string text, string iso)
    {
        var document = await ComponentRenderer.RenderAsync<DateText>(new()
        {
            [nameof(DateText.Date)] = new DateOnly(2024, 12, 16),
            [nameof(DateText.Precision)] = precision,
        });

        var time = document.QuerySelector("time")!;
        Assert.Equal(text, time.TextContent);
        Assert.Equal(iso, time.GetAttribute("datetime"));
        Assert.Null(document.QuerySelector(".origin"));
    }

    [Fact]
    public async Task Inferred_date_says_so()
    {
        var document = await ComponentRenderer.RenderAsync<DateText>(new()
        {
            [nameof(DateText.Date)] = new DateOnly(2021, 5, 1),
            [nameof(DateText.Precision)] = DatePrecision.Month,
            [nameof(DateText.Origin)] = ValueOrigin.Inferred,
        });

        Assert.Equal("inferred", document.QuerySelector(".origin")!.TextContent);
        Assert.Equal("inferred by the importer", document.QuerySelector(".origin")!.GetAttribute("title"));
    }

    [Fact]
    public async Task Missing_date_is_shown_as_unknown_without_a_time_element()
    {
        var document = await ComponentRenderer.RenderAsync<DateText>(new() { [nameof(DateText.Date)] = null });

        Assert.Null(document.QuerySelector("time"));
        Assert.Equal("Date unknown", document.QuerySelector(".date.unknown")!.TextContent);
    }
}
