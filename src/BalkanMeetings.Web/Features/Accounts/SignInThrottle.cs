using System.Threading.RateLimiting;

namespace BalkanMeetings.Web.Features.Accounts;

/// <summary>
/// Limits sign-in attempts per client address with the built-in rate limiter, before Identity's lockout even counts
/// them: guessing passwords across many accounts from one address is slowed as much as guessing one.
/// </summary>
public static class SignInThrottle
{
    public const string SignInPath = "/account/sign-in";

    /// <summary>Attempts per client address per minute; <c>SignIn:AttemptsPerMinute</c> overrides it.</summary>
    public const int DefaultAttemptsPerMinute = 10;

    public static IServiceCollection AddSignInThrottle(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("SignIn:AttemptsPerMinute", DefaultAttemptsPerMinute);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(SignInPath, StringComparison.OrdinalIgnoreCase)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
        });
    }
}
