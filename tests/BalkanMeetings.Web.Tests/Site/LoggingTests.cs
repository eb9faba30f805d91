using System.Globalization;
using System.Text.Json;
using BalkanMeetings.Web.Infrastructure;
using Microsoft.Extensions.Configuration;
using Serilog.Events;
using Serilog.Parsing;

namespace BalkanMeetings.Web.Tests.Site;

public sealed class LoggingTests
{
    [Fact]
    public async Task Each_request_is_logged_once_with_method_path_status_and_time()
    {
        var logs = new LogRecorder();
        await using var app = new AppFactory { Logs = logs };
        using var client = app.CreateClient();

        using var page = await client.GetAsync(new Uri("/meetings/1?x=1", UriKind.Relative));
        using var missing = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative));

        Assert.Single(logs.Messages, m => RequestLine("GET", "/meetings/1", 200).IsMatch(m));
        Assert.Single(logs.Messages, m => RequestLine("GET", "/no-such-page", 404).IsMatch(m));
    }

    [Fact]
    public void The_console_writes_text_by_default_and_compact_json_when_the_setting_asks()
    {
        var logEvent = new LogEvent(
            DateTimeOffset.Parse("2026-12-01T10:00:00Z", CultureInfo.InvariantCulture), LogEventLevel.Information, null,
            new MessageTemplateParser().Parse("Imported {Count} articles"), [new LogEventProperty("Count", new ScalarValue(5))]);

        var text = Format(logEvent, null);
        var json = Format(logEvent, "json");

        Assert.Contains(" INF] ", text, StringComparison.Ordinal);
        Assert.Contains("Imported 5 articles", text, StringComparison.Ordinal);
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal("Imported {Count} articles", parsed.RootElement.GetProperty("@mt").GetString());
        Assert.Equal(5, parsed.RootElement.GetProperty("Count").GetInt32());
        Assert.Throws<InvalidOperationException>(() => Logging.Formatter(Settings("xml")));
    }

    private static System.Text.RegularExpressions.Regex RequestLine(string method, string path, int status) =>
        new($@"^HTTP ""?{method}""? ""?{System.Text.RegularExpressions.Regex.Escape(path)}""? responded {status} in \d+(\.\d+)? ms$");

    private static string Format(LogEvent logEvent, string? format)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Logging.Formatter(Settings(format)).Format(logEvent, writer);
        return writer.ToString();
    }

    private static IConfiguration Settings(string? format) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [Logging.FormatSetting] = format }).Build();
}
