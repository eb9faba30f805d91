using System.Globalization;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Web.Infrastructure;

namespace BalkanMeetings.Web.Features.Api;

/// <summary>The absolute links an API answer carries: to its other pages, and to the same list as API and as page.</summary>
internal static class ApiLinks
{
    private const string MeetingsPath = MeetingApi.Prefix + "/meetings";

    /// <summary>A page of the API's meetings list, keeping <c>facets=true</c> when it was asked for.</summary>
    public static string MeetingsPage(HttpRequest request, MeetingFilter filter, bool withFacets)
    {
        var link = MeetingFilterQuery.Link(MeetingsPath, filter);
        return request.Absolute(withFacets ? link + (link.Contains('?', StringComparison.Ordinal) ? "&" : "?") + FilterParameters.Facets + "=true" : link);
    }

    /// <summary>A page of the API's people list, defaults left out as in the meetings list's links.</summary>
    public static string PeoplePage(HttpRequest request, string? official, int page, int size)
    {
        var pairs = new List<string>();
        if (official is not null)
        {
            pairs.Add(MeetingFilterQuery.Official + "=" + Uri.EscapeDataString(official));
        }

        if (page > 1)
        {
            pairs.Add(string.Create(CultureInfo.InvariantCulture, $"{MeetingFilterQuery.Page}={page}"));
        }

        if (size != MeetingFilter.DefaultPageSize)
        {
            pairs.Add(string.Create(CultureInfo.InvariantCulture, $"{MeetingFilterQuery.PageSize}={size}"));
        }

        return request.Absolute(MeetingApi.Prefix + "/people" + (pairs.Count == 0 ? "" : "?" + string.Join('&', pairs)));
    }

    public static MeetingLinks Meetings(HttpRequest request, MeetingFilter filter) =>
        new(request.Absolute(MeetingFilterQuery.Link(MeetingsPath, filter)), request.Absolute(MeetingFilterQuery.Link("/", filter)));

    public static PersonLinks Person(HttpRequest request, int id)
    {
        var meetings = new MeetingFilter { People = [id] };
        return new PersonLinks(
            request.Absolute(MeetingApi.Prefix + PublicUrls.Person(id)),
            request.Absolute(PublicUrls.Person(id)),
            request.Absolute(MeetingFilterQuery.Link(MeetingsPath, meetings)),
            request.Absolute(MeetingFilterQuery.Link("/", meetings)));
    }
}
