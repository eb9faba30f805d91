using System.Text;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import;
using BalkanMeetings.Web.Components;

namespace BalkanMeetings.Web.Features.Export;

/// <summary>An Atom feed of the meetings a filter leaves, the ones imported last first (docs/api.md#atom-feed).</summary>
public static class MeetingFeed
{
    /// <summary>How many meetings the feed holds: the ones imported last.</summary>
    public const int EntryCount = 50;

    public static async Task WriteAsync(
        Stream output, string title, FeedLinks links, IReadOnlyList<FeedEntry> entries, Func<int, string> permalink, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(permalink);
        await using var atom = new AtomWriter(output);
        await atom.StartFeedAsync(
            "BalkanMeetings: " + title,
            "Meetings between NATO and the Western Balkans, extracted from news articles; the most recently imported first.",
            links,
            entries.Select(e => Updated(e, now)),
            now);

        foreach (var entry in entries)
        {
            var row = entry.Row;
            await atom.StartEntryAsync(permalink(row.Id), row.Title, Updated(entry, now));
            foreach (var url in row.Sources.Select(s => WebAddress.OrNull(s.Url)).OfType<string>())
            {
                await atom.LinkAsync("via", "text/html", url);
            }

            foreach (var author in row.Sources.Select(Author).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                await atom.AuthorAsync(author);
            }

            foreach (var country in row.Countries)
            {
                await atom.CategoryAsync(country.Code, country.Name);
            }

            await atom.ElementAsync("summary", Summary(row));
            await atom.EndEntryAsync();
        }

        await atom.EndFeedAsync();
    }

    /// <summary>Who wrote a source, for whom: "Ana Petrović, European Western Balkans", either alone, or null.</summary>
    private static string? Author(SourceRef source) =>
        string.Join(", ", new[] { source.Byline, source.Publisher }.Where(v => !string.IsNullOrWhiteSpace(v))) is { Length: > 0 } name ? name : null;

    /// <summary>When, where and who, on one line: "18 Dec 2024 · Bosnia and Herzegovina · Jens Stoltenberg (Secretary General of NATO), …".</summary>
    public static string Summary(MeetingRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var parts = new List<string> { Display.Date(row.Date, row.DatePrecision) };
        var place = string.Join(", ", row.Countries.Select(c => c.Name).Prepend(row.City).OfType<string>());
        if (place.Length > 0)
        {
            parts.Add(place);
        }

        var people = Participants(row);
        if (people.Length > 0)
        {
            parts.Add(people);
        }

        var summary = string.Join(" · ", parts);
        return row.Status == MeetingStatus.Planned ? "Planned: " + summary : summary;
    }

    /// <summary>Who took part, each once, with the office held: "Jens Stoltenberg (Secretary General of NATO), …"; empty when nobody is known.</summary>
    public static string Participants(MeetingRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return string.Join(", ", row.Participants.Select(p => p.Name is null ? p.Office : $"{p.Name} ({p.Office})").Distinct(StringComparer.Ordinal));
    }

    /// <summary>Everything the feed shows, as text for its entity tag: a new import or an editor's correction changes it.</summary>
    public static string Content(string title, IReadOnlyList<FeedEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var content = new StringBuilder(title);
        foreach (var entry in entries)
        {
            content.Append('\n').Append(entry.Row.Id).Append('\t').Append(entry.ImportedAtUtc?.Ticks).Append('\t').Append(entry.Row.Title)
                .Append('\t').Append(Summary(entry.Row)).Append('\t').AppendJoin(",", entry.Row.Sources.Select(s => s.Url + " " + Author(s)))
                .Append('\t').AppendJoin(",", entry.Row.Countries.Select(c => c.Code));
        }

        return content.ToString();
    }

    private static DateTime Updated(FeedEntry entry, DateTimeOffset now) => entry.ImportedAtUtc ?? now.UtcDateTime;
}
