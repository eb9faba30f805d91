namespace BalkanMeetings.Web.Infrastructure;

/// <summary>
/// Absolute links for what leaves the site (exports, feeds, the API, the canonical link): on the configured public
/// address (<see cref="SiteAddress"/>), or, when none is set, on the host the request came to.
/// </summary>
public static class PublicUrls
{
    /// <param name="request">The request being answered.</param>
    /// <param name="pathAndQuery">A local path with its query string already encoded, e.g. from <c>MeetingFilterQuery.Link</c>.</param>
    public static string Absolute(this HttpRequest request, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        return request.HttpContext.RequestServices.GetService<SiteAddress>()?.Text is { } site
            ? site + pathAndQuery
            : string.Concat(request.Scheme, "://", request.Host.ToUriComponent(), request.PathBase.ToUriComponent(), pathAndQuery);
    }

    /// <summary>The URL of the request itself, as asked for.</summary>
    public static string Current(this HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Absolute(request.Path.ToUriComponent() + request.QueryString.ToUriComponent());
    }

    public static string Meeting(int id) => "/meetings/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Person(int id) => "/people/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Revision(int id) => "/revisions/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
