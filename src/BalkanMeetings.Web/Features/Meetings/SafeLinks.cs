using BalkanMeetings.Core.Import;
using Markdig.Syntax.Inlines;

namespace BalkanMeetings.Web.Features.Meetings;

/// <summary>Which of an article's links may stay links: the article is untrusted, so only absolute http(s) and mailto.</summary>
internal static class SafeLinks
{
    /// <summary>True for the only link targets an article may have: absolute http, https and mailto.</summary>
    internal static bool IsSafeUrl(string? url) =>
        WebAddress.Parse(url) is not null || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeMailto);

    internal static bool IsAnchor(LinkInline link) => !link.IsImage && IsSafeUrl(link.GetDynamicUrl?.Invoke() ?? link.Url);

    /// <summary>A mark inside a link cannot hold a link of its own (anchors do not nest).</summary>
    internal static bool InsideAnchor(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline link && IsAnchor(link))
            {
                return true;
            }
        }

        return false;
    }
}
