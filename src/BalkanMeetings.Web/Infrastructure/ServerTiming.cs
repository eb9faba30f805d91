using System.Globalization;

namespace BalkanMeetings.Web.Infrastructure;

/// <summary>
/// Adds <c>Server-Timing: app;dur=&lt;ms&gt;</c> to every response: the time the app spent on the request up to
/// its first byte, which browsers show beside the network time and the page benchmark reads (docs/benchmarks.md).
/// Only in Development or with <c>Diagnostics:ServerTiming</c> set to true: to anyone else the time tells what work a
/// request caused (whether a sign-in address has an account, say).
/// </summary>
public static class ServerTiming
{
    public const string HeaderName = "Server-Timing";

    public const string Setting = "Diagnostics:ServerTiming";

    /// <summary>Register first, so the time covers every later middleware and the endpoint.</summary>
    public static IApplicationBuilder UseServerTiming(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment() && !app.Configuration.GetValue<bool>(Setting))
        {
            return app;
        }

        return app.Use((context, next) =>
        {
            var clock = context.RequestServices.GetRequiredService<TimeProvider>();
            var start = clock.GetTimestamp();

            // Headers can only be set before the body starts. Static server rendering writes the page once its
            // components have loaded their data, so this still covers the queries and the render.
            context.Response.OnStarting(() =>
            {
                var elapsed = clock.GetElapsedTime(start).TotalMilliseconds;
                context.Response.Headers[HeaderName] = string.Create(CultureInfo.InvariantCulture, $"app;dur={elapsed:0.00}");
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
