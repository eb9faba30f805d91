using System.Globalization;
using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Web.Components;

/// <summary>How values read on every page: one way of writing dates, counts and origins across the site.</summary>
public static class Display
{
    /// <summary>A date as precise as it is known, month spelled out so no reader mistakes it: <c>16 Dec 2024</c>, <c>May 2021</c>, <c>2019</c>.</summary>
    public static string Date(DateOnly? date, DatePrecision precision) => date is not { } value ? "Date unknown" : precision switch
    {
        DatePrecision.Day => value.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => value.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Year => value.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => "Date unknown",
    };

    /// <summary>A full day, for dates that are always exact (offices, summits, publication).</summary>
    public static string Day(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A moment to the minute, in UTC and saying so: <c>16 Dec 2024 14:05 UTC</c>.</summary>
    /// <summary>
    /// A moment for a <c>&lt;time datetime&gt;</c>: ISO 8601 in UTC with its zone (<c>Z</c>). Times read back from the
    /// database carry no kind, and the round-trip format would then leave the zone out.
    /// </summary>
    public static string MachineMoment(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public static string Moment(DateTime utc) => utc.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>How a value came to be, as the reader is told: said in the article, worked out, or set by an editor.</summary>
    public static string Origin(ValueOrigin origin) => origin switch
    {
        ValueOrigin.Stated => "stated in the article",
        ValueOrigin.Inferred => "inferred by the importer",
        ValueOrigin.Edited => "corrected by an editor",
        _ => origin.ToString(),
    };

    /// <summary><c>1 meeting</c>, <c>3 meetings</c>, with thousands separated.</summary>
    public static string Count(int count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:#,0} {(count == 1 ? singular : plural ?? singular + "s")}");

    public static string Number(int count) => count.ToString("#,0", CultureInfo.InvariantCulture);
}
