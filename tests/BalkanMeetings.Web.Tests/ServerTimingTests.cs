namespace BalkanMeetings.Web.Tests;

public sealed class ServerTimingTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/health")]
    [InlineData("/no-such-page")]
    public async Task Every_response_says_how_long_the_app_took(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        var timing = Assert.Single(response.Headers.GetValues("Server-Timing"));
        Assert.Matches(@"^app;dur=\d+\.\d\d$", timing);
    }
}
