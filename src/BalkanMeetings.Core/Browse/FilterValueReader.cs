using System.Globalization;
using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Browse;

/// <summary>
/// Reads one query-string value of a filter. A value that cannot be used gives nothing (or the default) and a
/// sentence in <c>ignored</c> saying why, never an error.
/// </summary>
public static class FilterValueReader
{
    /// <summary>
    /// <c>2024</c>, <c>2024-05</c> or <c>2024-05-16</c>. A year or month stands for its first day as a start and
    /// its last day as an end, so <c>from=2024&amp;to=2024</c> is the whole year.
    /// </summary>
    internal static DateOnly? ReadDate(string? text, string name, bool atEnd, List<string> ignored)
    {
        if (text is null)
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        if (!DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || date.Year < 1900)
        {
            ignored.Add($"“{Shorten(text)}” is not a date, so “{name}” was ignored. Write 2024, 2024-05 or 2024-05-16.");
            return null;
        }

        return !atEnd ? date : text.Length switch
        {
            4 => new DateOnly(date.Year, 12, 31),
            7 => date.AddMonths(1).AddDays(-1),
            _ => date,
        };
    }

    internal static List<int> ReadIds(List<string> texts, string what, List<string> ignored)
    {
        var ids = new List<int>();
        foreach (var text in texts)
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                ids.Add(id);
            }
            else
            {
                ignored.Add($"“{Shorten(text)}” is not a {what} number and was ignored.");
            }
        }

        return ids.Distinct().ToList();
    }

    internal static MeetingStatus? ReadStatus(string? text, List<string> ignored)
    {
        if (text is null)
        {
            return null;
        }

        if (Enum.TryParse<MeetingStatus>(text, ignoreCase: true, out var status) && Enum.IsDefined(status) && !char.IsDigit(text[0]))
        {
            return status;
        }

        ignored.Add($"Status “{Shorten(text)}” was ignored; use held or planned.");
        return null;
    }

    internal static bool ReadFlags(string? text, List<string> ignored)
    {
        if (text is null)
        {
            return false;
        }

        if (text.Equals("open", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        ignored.Add($"Flags “{Shorten(text)}” was ignored; use flags=open.");
        return false;
    }

    internal static bool ReadSort(string? text, List<string> ignored)
    {
        switch (text?.ToLowerInvariant())
        {
            case null or "newest":
                return false;
            case "oldest":
                return true;
            default:
                ignored.Add($"Sort “{Shorten(text)}” was ignored; use newest or oldest.");
                return false;
        }
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; a blank value gives the fallback unremarked.</summary>
    public static int ReadNumber(string? text, string name, int min, int max, int fallback, List<string> ignored)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        ignored.Add($"“{name}={Shorten(text)}” was ignored; it takes a whole number from {min} to {max}.");
        return fallback;
    }

    /// <summary>Bad values are echoed back to the reader, but never at length.</summary>
    public static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
