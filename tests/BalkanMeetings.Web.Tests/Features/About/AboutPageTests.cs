using System.Net;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Web.Features.About;
using BalkanMeetings.Web.Features.Accounts;
using BalkanMeetings.Web.Features.Meetings;
using BalkanMeetings.Web.Tests.Features.Accounts;
using BalkanMeetings.Web.Tests.Site;

namespace BalkanMeetings.Web.Tests.Features.About;

public sealed class AboutPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_page_shows_the_data_dictionary_with_every_field_and_every_flag_kind_with_its_example()
    {
        var page = await factory.GetPageAsync("/about");

        var dictionary = page.QuerySelector(".dictionary")!;
        var codes = dictionary.QuerySelectorAll("code").Select(c => c.TextContent).ToHashSet(StringComparer.Ordinal);
        var flagRows = dictionary.QuerySelector("#review-flags")!.NextElementSibling!.NextElementSibling!.QuerySelectorAll("tbody tr");
        var regions = dictionary.QuerySelectorAll(".table-wrap[role=region]");

        Assert.Equal("About the data", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("H2", dictionary.QuerySelector("#data-dictionary")!.TagName);
        var undescribed = DataDictionary.Read().Names.Where(name => !codes.Contains(name)).ToList();
        Assert.Empty(undescribed);
        Assert.Equal(Enum.GetNames<FlagKind>().Order(StringComparer.Ordinal), flagRows.Select(r => r.QuerySelector("code")!.TextContent).Order(StringComparer.Ordinal));
        Assert.All(flagRows, row => Assert.Equal(MeetingWords.FlagTitle(Enum.Parse<FlagKind>(row.Children[0].TextContent)), row.Children[1].TextContent));
        Assert.Equal(dictionary.QuerySelectorAll("table").Length, regions.Length);
        Assert.All(regions, region => Assert.Equal("H3", page.GetElementById(region.GetAttribute("aria-labelledby")!)!.TagName));
        Assert.Empty(page.QuerySelectorAll("main a[href$='.md'], main script, main [style]"));
    }

    [Fact]
    public async Task Every_link_on_the_page_leads_somewhere()
    {
        using var client = factory.CreateClient();
        var page = await factory.GetPageAsync("/about");

        var links = page.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!).Distinct().ToList();

        Assert.NotEmpty(links);
        foreach (var href in links)
        {
            if (href.StartsWith('#'))
            {
                Assert.True(page.GetElementById(href[1..]) is not null, $"nothing on the page has the id of {href}");
                continue;
            }

            using var response = await client.GetAsync(new Uri(href, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{href} answered {response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("corrections@example.org", "mailto:corrections@example.org")]
    [InlineData(" https://example.org/contact ", "https://example.org/contact")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("Desk <desk@example.org>", null)]
    public async Task A_corrections_contact_is_a_link_only_when_it_is_an_address_to_write_or_go_to(string setting, string? href)
    {
        await using var app = new AppFactory { Settings = new Dictionary<string, string?> { [CorrectionsContact.Setting] = setting } };

        var report = (await app.GetPageAsync("/about")).GetElementById("report-an-error")!.NextElementSibling!;

        Assert.Contains(setting.Trim(), report.TextContent, StringComparison.Ordinal);
        Assert.Equal(href, report.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Without_a_corrections_contact_the_page_says_there_is_no_address()
    {
        var report = (await factory.GetPageAsync("/about")).GetElementById("report-an-error")!.NextElementSibling!;

        Assert.Null(report.QuerySelector("a"));
        Assert.Contains("no address for reports", report.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_a_reader_or_an_editor_sees_links_to_the_page_from_its_footer()
    {
        using var admin = await EditorSession.SignInAsync(factory, EditorRoles.Admin, name: "Ada About");
        var missing = new List<string>();

        foreach (var url in PageConventionsTests.Pages)
        {
            using var response = await admin.Client.GetAsync(new Uri(url, UriKind.Relative));
            var page = await EditorSession.ParseAsync(response);
            if (page.QuerySelector("footer.site-footer a[href='/about']") is null)
            {
                missing.Add(url);
            }
        }

        Assert.Empty(missing);
    }
}
