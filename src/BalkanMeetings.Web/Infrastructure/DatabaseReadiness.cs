using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BalkanMeetings.Web.Infrastructure;

/// <summary>
/// Whether the database has been prepared (schema brought up to date, seeds imported when new). An instance started
/// before its PostgreSQL server can be reached serves no page until then: each request is answered 503 with the
/// site's status page, <c>/health</c> reports Unhealthy, and <see cref="StartupChecks"/> keeps trying in the background
/// (docs/deployment.md). One per app.
/// </summary>
public sealed class DatabaseReadiness : IHealthCheck
{
    private volatile bool _ready;

    public bool IsReady => _ready;

    public void MarkReady() => _ready = true;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_ready ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The database has not been prepared yet."));
}

public static class DatabaseReadinessExtensions
{
    /// <summary>
    /// Until the database is prepared, answers every request 503 with a <c>Retry-After</c>, except <c>/health</c>, the
    /// status pages and the stylesheets and images they use. Goes after routing, which tells a static file by its endpoint.
    /// </summary>
    public static IApplicationBuilder AnswerUnavailableUntilDatabaseReady(this IApplicationBuilder app)
    {
        var readiness = app.ApplicationServices.GetRequiredService<DatabaseReadiness>();
        return app.Use((context, next) =>
        {
            if (readiness.IsReady
                || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
                || context.Request.Path.StartsWithSegments("/status", StringComparison.OrdinalIgnoreCase)
                || context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null)
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "30";
            return Task.CompletedTask;
        });
    }
}
