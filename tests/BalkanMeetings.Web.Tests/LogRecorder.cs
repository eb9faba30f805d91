using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace BalkanMeetings.Web.Tests;

/// <summary>
/// Keeps every message the app logs, as written, so a test can check what a log would and would not show. The app
/// writes it as one of its Serilog sinks (AppFactory registers it); code that logs through a logger factory of its
/// own can use it as a logging provider.
/// </summary>
public sealed class LogRecorder : ILoggerProvider, ILogEventSink
{
    // Text values as they are, not quoted as Serilog's default rendering has them.
    private static readonly MessageTemplateTextFormatter Text = new("{Message:lj}{Exception}", CultureInfo.InvariantCulture);

    private readonly ConcurrentQueue<string> _messages = new();

    public IReadOnlyCollection<string> Messages => _messages;

    public ILogger CreateLogger(string categoryName) => new Recorder(_messages);

    public void Emit(LogEvent logEvent)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Text.Format(logEvent, writer);
        _messages.Enqueue(writer.ToString());
    }

    public void Dispose()
    {
    }

    private sealed class Recorder(ConcurrentQueue<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            messages.Enqueue(formatter(state, exception) + exception);
    }
}
