using System.Net;
using System.Net.Http.Headers;

namespace BalkanMeetings.Web.Tests.Site;

/// <summary>What every answer carries: security headers, compression where the client takes it.</summary>
public sealed class ResponseHeadersTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/meetings/1")]
    [InlineData("/account/sign-in")]
    [InlineData("/no-such-page")]
    [InlineData("/api/meetings")]
    [InlineData("/feed/meetings.atom")]
    [InlineData("/robots.txt")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("frame-ancestors 'none'", directives);
        Assert.Contains("script-src 'none'", directives);
        Assert.Contains("style-src 'self'", directives);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Theory]
    [InlineData("/", "text/html", "br")]
    [InlineData("/", "text/html", "gzip")]
    [InlineData("/api/meetings", "application/json", "br")]
    [InlineData("/export/meetings.json", "application/json", "gzip")]
    [InlineData("/export/meetings.csv", "text/csv", "br")]
    [InlineData("/export/meetings.csv", "text/csv", "gzip")]
    [InlineData("/feed/meetings.atom", "application/atom+xml", "br")]
    [InlineData("/feed/changes.atom", "application/atom+xml", "gzip")]
    [InlineData("/calendar.ics", "text/calendar", "br")]
    public async Task Pages_exports_and_feeds_are_compressed_for_clients_that_accept_it(string url, string mediaType, string encoding)
    {
        using var client = app.CreateClient(new() { BaseAddress = new Uri("https://localhost") });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        var body = await response.Content.ReadAsByteArrayAsync();
        await using var decoded = encoding == "br"
            ? (Stream)new System.IO.Compression.BrotliStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress)
            : new System.IO.Compression.GZipStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(decoded);
        Assert.Contains(mediaType == "text/csv" ? "id,url,date" : "meetings", await reader.ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_accept_encoding_nothing_is_compressed()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}
