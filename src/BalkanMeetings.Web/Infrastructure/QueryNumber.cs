using System.Globalization;

namespace BalkanMeetings.Web.Infrastructure;

/// <summary>
/// Numbers in a query string (a page, a record's id). Pages take them as text and read them here: a query parameter
/// bound as a number makes the framework fail the request on <c>?page=abc</c>, where a reader should get the page.
/// </summary>
public static class QueryNumber
{
    /// <summary>A whole number from 1 up, written in digits only; null for anything else.</summary>
    public static int? Positive(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
}
