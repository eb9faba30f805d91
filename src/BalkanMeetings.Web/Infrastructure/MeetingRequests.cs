using BalkanMeetings.Core.Browse;

namespace BalkanMeetings.Web.Infrastructure;

/// <summary>The meeting filter of a request's query string, read the same way by pages, exports, the feed and the API.</summary>
public static class MeetingRequests
{
    public static async Task<MeetingFilterQuery.Parsed> ReadMeetingFilterAsync(this HttpRequest request, MeetingBrowser browser)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(browser);
        var pairs = request.Query.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
        return MeetingFilterQuery.Parse(pairs, await browser.CountryCodesAsync(request.HttpContext.RequestAborted));
    }
}
