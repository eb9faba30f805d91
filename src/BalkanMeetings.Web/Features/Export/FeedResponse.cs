using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace BalkanMeetings.Web.Features.Export;

/// <summary>How the site's Atom feeds answer: cacheable for five minutes, and 304 to a reader that has the feed already.</summary>
public static class FeedResponse
{
    public const string CacheControl = "public, max-age=300";

    /// <param name="context">The request being answered.</param>
    /// <param name="content">Everything the feed shows, as text: the entity tag is its hash, so it changes whenever the feed would.</param>
    /// <param name="write">Writes the feed, when it is sent.</param>
    public static IResult Answer(HttpContext context, string content, Func<Stream, Task> write)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(content);
        context.Response.Headers.CacheControl = CacheControl;

        // Feed readers poll: an unchanged feed answers 304 without a body.
        var tag = new EntityTagHeaderValue(Tag(content), isWeak: true);
        context.Response.GetTypedHeaders().ETag = tag;
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(tag, useStrongComparison: false)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Stream(write, AtomWriter.ContentType);
    }

    private static string Tag(string content) =>
        "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)).AsSpan(0, 16)) + "\"";
}
