using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BalkanMeetings.Core.Data;
using Microsoft.Net.Http.Headers;

namespace BalkanMeetings.Web.Infrastructure;

/// <summary>Marks a page or endpoint whose answer to a reader depends only on its address and the data version.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CachedByDataVersionAttribute(string? cacheControl = null) : Attribute
{
    /// <summary>The answer's own Cache-Control, given here because an answer kept whole is sent without running the endpoint.</summary>
    public string CacheControl { get; } = cacheControl ?? DataVersionTags.CacheControl;
}

/// <summary>
/// Entity tags for what readers get (docs/browsing.md#caching). An answer changes only when the data does (every write
/// moves the data version on), when the app is updated, or on a new day (exports are named after it), so its tag is
/// made of those and its address. A reader that sends the tag back gets 304 before the page runs a query. Signed-in
/// editors get no tag: their pages carry edit links and forms with their own tokens, which no cache may keep.
/// </summary>
public static class DataVersionTags
{
    /// <summary>What readers' answers without a Cache-Control of their own say: keep it, but ask again each time.</summary>
    public const string CacheControl = "no-cache";

    /// <summary>What a signed-in editor's pages say: for this browser only, and not to be stored.</summary>
    public const string EditorCacheControl = "private, no-store";

    /// <summary>The build of the app, so an update, which may change any page, changes every tag.</summary>
    private static readonly string Build = typeof(DataVersionTags).Assembly.ManifestModule.ModuleVersionId.ToString("N")
        + typeof(BalkanMeetingsDbContext).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private static readonly object TagItem = new();

    /// <summary>The tag of the answer a reader is about to get, or null when it gets none (an editor, an untagged page).</summary>
    public static string? TagOf(HttpContext context) => context.Items.TryGetValue(TagItem, out var tag) ? (string?)tag : null;

    /// <summary>Metadata for a minimal API endpoint or group, as the attribute is for a page.</summary>
    public static TBuilder CachedByDataVersion<TBuilder>(this TBuilder builder, string? cacheControl = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new CachedByDataVersionAttribute(cacheControl));

    /// <summary>Register after authentication and routing, so the user and the endpoint are known.</summary>
    public static IApplicationBuilder UseDataVersionTags(this IApplicationBuilder app)
    {
        var versions = app.ApplicationServices.GetRequiredService<DataVersionReader>();
        return app.Use(async (context, next) =>
        {
            var cached = context.GetEndpoint()?.Metadata.GetMetadata<CachedByDataVersionAttribute>();
            if (!HttpMethods.IsGet(context.Request.Method) || cached is null)
            {
                await next(context);
                return;
            }

            if (context.User.Identity?.IsAuthenticated == true)
            {
                context.Response.OnStarting(() =>
                {
                    if (string.IsNullOrEmpty(context.Response.Headers.CacheControl))
                    {
                        context.Response.Headers.CacheControl = EditorCacheControl;
                    }

                    return Task.CompletedTask;
                });
                await next(context);
                return;
            }

            var tag = Tag(await versions.ReadAsync(context.RequestAborted), context);
            context.Items[TagItem] = tag.Tag.Value;
            var response = context.Response;
            if (context.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(tag, useStrongComparison: false)))
            {
                // The reader's stored copy keeps its own Cache-Control (the API's differs from the pages').
                response.StatusCode = StatusCodes.Status304NotModified;
                response.GetTypedHeaders().ETag = tag;
                return;
            }

            response.OnStarting(() =>
            {
                // An answer that is not the page (an error, a redirect) or that must not be stored keeps no tag.
                if (response.StatusCode == StatusCodes.Status200OK && !response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.Ordinal))
                {
                    response.GetTypedHeaders().ETag = tag;
                    if (string.IsNullOrEmpty(response.Headers.CacheControl))
                    {
                        response.Headers.CacheControl = cached.CacheControl;
                    }
                }

                return Task.CompletedTask;
            });
            await next(context);
        });
    }

    /// <summary>Weak: compressed and plain answers share it. The version shows in it; the rest is hashed.</summary>
    private static EntityTagHeaderValue Tag(long version, HttpContext context)
    {
        var request = context.Request;
        var day = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', Build, day, request.Path.Value, request.QueryString.Value)));
        return new EntityTagHeaderValue(
            string.Create(CultureInfo.InvariantCulture, $"\"{version}-{Convert.ToHexStringLower(hash.AsSpan(0, 8))}\""), isWeak: true);
    }
}
