namespace BalkanMeetings.Web.Tests.Site;

public sealed class ServerTimingProductionTests
{
    [Fact]
    public async Task Outside_development_the_time_taken_is_not_told_unless_the_setting_asks()
    {
        await using var quiet = new AppFactory { Environment = "Production" };
        await using var timed = new AppFactory { Environment = "Production", Settings = new Dictionary<string, string?> { ["Diagnostics:ServerTiming"] = "true" } };

        using var plain = await quiet.CreateClient().GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        using var measured = await timed.CreateClient().GetAsync(new Uri("/account/sign-in", UriKind.Relative));

        Assert.False(plain.Headers.Contains("Server-Timing"));
        Assert.Matches(@"^app;dur=\d+\.\d\d$", Assert.Single(measured.Headers.GetValues("Server-Timing")));
    }
}
