using Microsoft.AspNetCore.OutputCaching;

namespace BalkanMeetings.Web.Infrastructure;

/// <summary>
/// Keeps what readers are answered, per address and data version (docs/browsing.md#caching), so a page asked for again
/// before the data changes costs what a static file does. The key is the answer's entity tag, which changes with every
/// write, the app's build and the day; an entry outlives its version only until it expires or the space is needed.
/// Requests for an address not yet kept wait for the first one to make it rather than each making it again.
/// </summary>
public sealed class ReaderAnswerCache : IOutputCachePolicy
{
    /// <summary>How long an answer no one asks for is kept; any write makes it unreachable before that.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // Only answers that carry a data-version tag are kept: readers' GETs of tagged pages, never an editor's.
        var tag = DataVersionTags.TagOf(context.HttpContext);
        var kept = tag is not null;
        context.EnableOutputCaching = kept;
        context.AllowCacheLookup = kept;
        context.AllowCacheStorage = kept;
        context.AllowLocking = kept;
        if (kept)
        {
            context.CacheVaryByRules.QueryKeys = "*";
            context.CacheVaryByRules.VaryByValues["version"] = tag!;
            context.ResponseExpirationTimeSpan = Lifetime;
        }

        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // Errors, redirects, answers that set a cookie or ask not to be stored are made afresh each time.
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.SetCookie.Count > 0
            || response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.Ordinal))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
