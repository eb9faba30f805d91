using System.Threading.RateLimiting;

namespace BalkanMeetings.Web.Features.Accounts;

/// <summary>
/// Limits sign-in attempts per client address with the built-in rate limiter, before Identity's lockout even counts
/// them: guessing passwords across many accounts from one address is slowed as much as guessing one. The limit is
/// the sign-in page's endpoint policy (<c>[EnableRateLimiting]</c> on the page), so every spelling of its address
/// that reaches the page (<c>/account/sign-in/</c>, <c>/Account/Sign-In</c>) counts against the same limit.
/// </summary>
public static class SignInThrottle
{
    public const string Policy = "sign-in";

    /// <summary>Attempts per client address per minute; <c>SignIn:AttemptsPerMinute</c> overrides it.</summary>
    public const int DefaultAttemptsPerMinute = 10;

    public static IServiceCollection AddSignInThrottle(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("SignIn:AttemptsPerMinute", DefaultAttemptsPerMinute);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;

            // Only posted attempts count: reading the form is never throttled.
            options.AddPolicy(Policy, context =>
                HttpMethods.IsPost(context.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
        });
    }
}
