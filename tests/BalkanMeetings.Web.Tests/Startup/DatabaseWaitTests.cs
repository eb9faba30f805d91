using System.Net;
using AngleSharp.Html.Parser;

namespace BalkanMeetings.Web.Tests.Startup;

/// <summary>
/// A site started before its PostgreSQL server or database can be used starts anyway, says why in its log, answers
/// 503 and an unhealthy <c>/health</c>, and serves once the database is there (docs/deployment.md).
/// </summary>
public sealed class DatabaseWaitTests
{
    [Fact]
    public async Task A_site_whose_server_cannot_be_reached_answers_503_and_an_unhealthy_health_with_one_log_line_and_no_password()
    {
        var port = StartupFailureTests.ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var logs = new LogRecorder();
        await using var app = new AppFactory
        {
            PostgresConnectionString = $"Host=127.0.0.1;Port={port};Database=bm;Username=bm;Password=s3cret-pw;Timeout=3",
            Environment = "Production",
            Logs = logs,
        };
        using var client = app.CreateClient();

        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        using var page = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
        var document = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        Assert.Equal("Not available just now", document.QuerySelector("h1")?.TextContent);
        var line = Assert.Single(logs.Messages, m => m.Contains("cannot be used yet", StringComparison.Ordinal));
        Assert.Contains($"PostgreSQL database 'bm' on 127.0.0.1:{port} cannot be reached", line, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Messages, m => m.Contains("s3cret-pw", StringComparison.Ordinal));
    }

    [Trait("Category", "PostgreSQL")]
    [PostgresFact]
    public async Task A_site_started_before_its_database_exists_serves_the_seeds_once_the_database_is_created()
    {
        await using var database = PostgresServer.ReserveDatabase();
        await using var app = new AppFactory
        {
            PostgresConnectionString = database.ConnectionString,
            Settings = new Dictionary<string, string?> { ["Database:StartRetry"] = "00:00:00.200" },
        };
        using var client = app.CreateClient();
        using (var waiting = await client.GetAsync(new Uri("/", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, waiting.StatusCode);
        }

        await database.CreateAsync();

        var healthy = false;
        for (var attempt = 0; attempt < 150 && !healthy; attempt++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200));
            using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
            healthy = health.StatusCode == HttpStatusCode.OK;
        }

        Assert.True(healthy, "/health never became healthy after the database was created");
        var page = await app.GetPageAsync("/");
        Assert.NotEmpty(page.QuerySelectorAll("main a[href^='/meetings/']"));
    }
}
