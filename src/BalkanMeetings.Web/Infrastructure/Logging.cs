using Serilog;
using Serilog.Events;

namespace BalkanMeetings.Web.Infrastructure;

/// <summary>Serilog from the <c>Serilog</c> configuration section, writing structured events to the console.</summary>
public static class Logging
{
    /// <param name="configuration">The app's configuration.</param>
    /// <param name="allToStandardError">Command-line verbs keep standard output for their results.</param>
    public static Serilog.Core.Logger Create(IConfiguration configuration, bool allToStandardError) =>
        new LoggerConfiguration()
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}",
                standardErrorFromLevel: allToStandardError ? LogEventLevel.Verbose : LogEventLevel.Warning,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .CreateLogger();
}
