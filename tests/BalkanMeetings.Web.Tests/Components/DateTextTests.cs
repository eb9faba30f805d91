using BalkanMeetings.Core.Domain;
using BalkanMeetings.Web.Components.Shared;
using Bunit;

namespace BalkanMeetings.Web.Tests.Components;

public sealed class DateTextTests : BunitContext
{
    [Theory]
    [InlineData(DatePrecision.Day, "16 Dec 2024", "2024-12-16")]
    [InlineData(DatePrecision.Month, "December 2024", "2024-12")]
    [InlineData(DatePrecision.Year, "2024", "2024")]
    public void Date_reads_as_precisely_as_it_is_known_with_a_machine_readable_twin(DatePrecision precision, string text, string iso)
    {
        var document = Render<DateText>(p => p
            .Add(c => c.Date, new DateOnly(2024, 12, 16))
            .Add(c => c.Precision, precision));

        var time = document.Find("time");
        Assert.Equal(text, time.TextContent);
        Assert.Equal(iso, time.GetAttribute("datetime"));
        Assert.Empty(document.FindAll(".origin"));
    }

    [Fact]
    public void Inferred_date_says_so()
    {
        var document = Render<DateText>(p => p
            .Add(c => c.Date, new DateOnly(2021, 5, 1))
            .Add(c => c.Precision, DatePrecision.Month)
            .Add(c => c.Origin, ValueOrigin.Inferred));

        Assert.Equal("inferred", document.Find(".origin").TextContent);
        Assert.Equal("inferred by the importer", document.Find(".origin").GetAttribute("title"));
    }

    [Fact]
    public void Missing_date_is_shown_as_unknown_without_a_time_element()
    {
        var document = Render<DateText>(p => p
     .Add(c => c.Date, null));

        Assert.Empty(document.FindAll("time"));
        Assert.Equal("Date unknown", document.Find(".date.unknown").TextContent);
    }
}
