using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;

namespace BalkanMeetings.Web.Infrastructure;

/// <summary>
/// Serilog from the <c>Serilog</c> configuration section (levels, overrides, enrichers), writing structured events to
/// the console as text or, with <c>Serilog:ConsoleFormat</c> set to <c>json</c>, as compact JSON (one object a line).
/// </summary>
public static class Logging
{
    public const string FormatSetting = "Serilog:ConsoleFormat";

    private const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>A logger for the command-line verbs; everything goes to standard error, standard output keeps their results.</summary>
    public static Serilog.Core.Logger Create(IConfiguration configuration) =>
        Configure(new LoggerConfiguration(), configuration, allToStandardError: true).CreateLogger();

    /// <param name="logger">The configuration to add to.</param>
    /// <param name="configuration">The app's configuration.</param>
    /// <param name="allToStandardError">Command-line verbs keep standard output for their results.</param>
    /// <param name="services">The app's services: every <see cref="ILogEventSink"/> registered there is written to as well.</param>
    public static LoggerConfiguration Configure(LoggerConfiguration logger, IConfiguration configuration, bool allToStandardError, IServiceProvider? services = null)
    {
        ArgumentNullException.ThrowIfNull(logger);
        logger
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(Formatter(configuration), standardErrorFromLevel: allToStandardError ? LogEventLevel.Verbose : LogEventLevel.Warning);
        foreach (var sink in services?.GetServices<ILogEventSink>() ?? [])
        {
            logger.WriteTo.Sink(sink);
        }

        return logger;
    }

    /// <summary>The console's format as the settings choose it: text for people (the default), compact JSON for collectors.</summary>
    public static ITextFormatter Formatter(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration[FormatSetting]?.Trim().ToUpperInvariant() switch
        {
            null or "" or "TEXT" => new MessageTemplateTextFormatter(TextTemplate, System.Globalization.CultureInfo.InvariantCulture),
            "JSON" => new CompactJsonFormatter(),
            var other => throw new InvalidOperationException($"{FormatSetting} is \"{other}\"; it takes text or json."),
        };
    }
}
