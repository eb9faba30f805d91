using BalkanMeetings.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BalkanMeetings.Web.Tests.Features.Export;

/// <summary>
/// The importer refuses a sidecar address that is not http(s); a database written before it did may still hold one,
/// and it must not be published as a link.
/// </summary>
public sealed class UnsafeSourceUrlTests : IClassFixture<AppFactory>
{
    private const string Hostile = "javascript:alert(document.domain)";

    private readonly AppFactory _app;

    public UnsafeSourceUrlTests(AppFactory app)
    {
        _app = app;
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>().Articles.ExecuteUpdate(a => a.SetProperty(x => x.SourceUrl, Hostile));
    }

    [Theory]
    [InlineData("/feed/meetings.atom")]
    [InlineData("/export/meetings.json")]
    [InlineData("/export/meetings.csv")]
    [InlineData("/api/meetings")]
    [InlineData("/api/meetings/1")]
    public async Task A_stored_address_that_is_not_http_is_left_out(string url)
    {
        using var client = _app.CreateClient();

        var body = await client.GetStringAsync(new Uri(url, UriKind.Relative));

        Assert.DoesNotContain("javascript:", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("meetings/1", body, StringComparison.Ordinal);
    }
}
