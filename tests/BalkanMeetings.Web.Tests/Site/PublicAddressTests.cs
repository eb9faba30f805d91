using System.Net;
using AngleSharp.Html.Parser;

namespace BalkanMeetings.Web.Tests.Site;

/// <summary>Absolute links name the configured public address, whatever Host header a request sends.</summary>
public sealed class PublicAddressTests(PublicAddressTests.ConfiguredApp configured) : IClassFixture<PublicAddressTests.ConfiguredApp>
{
    private const string Site = "https://meetings.example.org";

    [Theory]
    [InlineData("/feed/meetings.atom")]
    [InlineData("/feed/changes.atom")]
    [InlineData("/calendar.ics")]
    [InlineData("/api/meetings")]
    [InlineData("/export/meetings.csv")]
    [InlineData("/export/meetings.json")]
    public async Task A_forged_host_header_does_not_reach_absolute_links(string url)
    {
        using var client = configured.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = "evil.example";

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
        Assert.Contains(Site + "/", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_canonical_link_of_a_meeting_is_on_the_public_address()
    {
        using var client = configured.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/meetings/1");
        request.Headers.Host = "evil.example";

        using var response = await client.SendAsync(request);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(Site + "/meetings/1", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.DoesNotContain("evil.example", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    public sealed class ConfiguredApp : IDisposable
    {
        public AppFactory App { get; } = new() { Settings = new Dictionary<string, string?> { ["Site:BaseUrl"] = Site + "/" } };

        public void Dispose() => App.Dispose();
    }
}
