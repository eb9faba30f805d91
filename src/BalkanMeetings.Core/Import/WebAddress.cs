namespace BalkanMeetings.Core.Import;

/// <summary>
/// Addresses of articles on the web: absolute <c>http</c> or <c>https</c> URLs only. Anything else (<c>javascript:</c>,
/// <c>data:</c>, a relative path) is text from an untrusted source and never becomes a link.
/// </summary>
public static class WebAddress
{
    /// <summary>The address, when <paramref name="text"/> is an absolute http(s) URL; otherwise null.</summary>
    public static Uri? Parse(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;

    /// <summary>The text itself when it is an http(s) address, else null: what exports and feeds may publish.</summary>
    public static string? OrNull(string? text) => Parse(text) is null ? null : text;
}
