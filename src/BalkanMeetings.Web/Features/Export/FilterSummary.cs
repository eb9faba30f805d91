using System.Globalization;
using BalkanMeetings.Core.Browse;

namespace BalkanMeetings.Web.Features.Export;

/// <summary>A filter in a few words, for the feed's title: "Serbia, Aleksandar Vučić, 2024".</summary>
public static class FilterSummary
{
    public const string Unfiltered = "all meetings";

    public static string Describe(MeetingResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var filter = results.Filter;
        string Label(string name, int id) => results.LabelOf(name, id.ToString(CultureInfo.InvariantCulture));

        var parts = new List<string>();
        parts.AddRange(filter.Countries.Select(code => results.LabelOf(MeetingFilterQuery.Country, code)));
        parts.AddRange(filter.People.Select(id => Label(MeetingFilterQuery.Person, id)));
        if (filter.Official is { } official)
        {
            parts.Add(official);
        }

        parts.AddRange(filter.Offices);
        parts.AddRange(filter.Topics.Select(id => Label(MeetingFilterQuery.Topic, id)));
        parts.AddRange(filter.Initiatives.Select(id => Label(MeetingFilterQuery.Initiative, id)));

        // The dates as the link writes them, so a whole year reads "2024" rather than two days.
        var pairs = MeetingFilterQuery.ToPairs(filter);
        var from = pairs.FirstOrDefault(p => p.Key == MeetingFilterQuery.From).Value;
        var to = pairs.FirstOrDefault(p => p.Key == MeetingFilterQuery.To).Value;
        var range = (from, to) switch
        {
            (null, null) => null,
            ({ } f, { } t) when f == t => f,
            ({ } f, { } t) => $"{f} to {t}",
            ({ } f, null) => $"from {f}",
            (null, { } t) => $"until {t}",
        };
        if (range is not null)
        {
            parts.Add(range);
        }

        if (filter.Status is { } status)
        {
            parts.Add(Api.ValueWords.Status(status));
        }

        if (filter.OpenFlagsOnly)
        {
            parts.Add("open review flags");
        }

        if (filter.Query is { } query)
        {
            parts.Add($"“{query}”");
        }

        return parts.Count == 0 ? Unfiltered : string.Join(", ", parts);
    }
}
