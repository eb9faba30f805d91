using BalkanMeetings.Core.Browse;

namespace BalkanMeetings.Web.Features.Api;

/// <summary>The API's own query values, beside the meeting filter's (<see cref="FilterValueReader"/>); a bad one is ignored and listed.</summary>
internal static class ApiQueryValues
{
    public static bool ReadFacets(string? text, List<string> ignored)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case null or "" or "FALSE" or "0":
                return false;
            case "TRUE" or "1":
                return true;
            default:
                ignored.Add($"“{FilterParameters.Facets}={FilterValueReader.Shorten(text)}” was ignored; use facets=true.");
                return false;
        }
    }

    public static string? ReadName(string? text, List<string> ignored)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (text.Length > MeetingFilterQuery.MaxNameLength)
        {
            ignored.Add($"The name was cut to {MeetingFilterQuery.MaxNameLength} characters.");
            text = text[..MeetingFilterQuery.MaxNameLength];
        }

        return text;
    }
}
