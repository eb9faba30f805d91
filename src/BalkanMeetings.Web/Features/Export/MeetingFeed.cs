using System.Globalization;
using System.Text;
using System.Xml;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Web.Components;

namespace BalkanMeetings.Web.Features.Export;

/// <summary>
/// An Atom 1.0 feed (RFC 4287) of the meetings a filter leaves, written by hand: System.ServiceModel.Syndication is
/// not part of the shared framework, and the format is small.
/// </summary>
public static class MeetingFeed
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public const string ContentType = "application/atom+xml; charset=utf-8";

    /// <summary>How many meetings the feed holds: the ones imported last.</summary>
    public const int EntryCount = 50;

    /// <param name="Id">The feed's permanent id: its canonical URL, the same for equal filters.</param>
    /// <param name="Self">The URL the feed was fetched from.</param>
    /// <param name="Alternate">The meetings list with the same filter.</param>
    public sealed record FeedLinks(string Id, string Self, string Alternate);

    public static async Task WriteAsync(
        Stream output, string title, FeedLinks links, IReadOnlyList<FeedEntry> entries, Func<int, string> permalink, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(permalink);
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true };
        await using var xml = XmlWriter.Create(output, settings);

        // An empty feed still needs a time; "now" tells a reader nothing changed before it.
        var updated = entries.Count == 0 ? now.UtcDateTime : entries.Max(e => Updated(e, now));

        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "feed", AtomNamespace);
        await Element(xml, "title", "BalkanMeetings: " + title);
        await Element(xml, "subtitle", "Meetings between NATO and the Western Balkans, extracted from news articles; the most recently imported first.");
        await Element(xml, "id", links.Id);
        await Element(xml, "updated", Time(updated));
        await Link(xml, "self", "application/atom+xml", links.Self);
        await Link(xml, "alternate", "text/html", links.Alternate);
        await xml.WriteStartElementAsync(null, "author", AtomNamespace);
        await Element(xml, "name", "BalkanMeetings");
        await xml.WriteEndElementAsync();
        await Element(xml, "generator", "BalkanMeetings");

        foreach (var entry in entries)
        {
            var row = entry.Row;
            var url = permalink(row.Id);
            await xml.WriteStartElementAsync(null, "entry", AtomNamespace);
            await Element(xml, "id", url);
            await Element(xml, "title", row.Title);
            await Element(xml, "updated", Time(Updated(entry, now)));
            await Link(xml, "alternate", "text/html", url);
            foreach (var source in row.Sources.Where(s => !string.IsNullOrEmpty(s.Url)))
            {
                await Link(xml, "via", "text/html", source.Url!);
            }

            foreach (var publisher in row.Sources.Select(s => s.Publisher).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                await xml.WriteStartElementAsync(null, "author", AtomNamespace);
                await Element(xml, "name", publisher);
                await xml.WriteEndElementAsync();
            }

            foreach (var country in row.Countries)
            {
                await xml.WriteStartElementAsync(null, "category", AtomNamespace);
                await xml.WriteAttributeStringAsync(null, "term", null, country.Code);
                await xml.WriteAttributeStringAsync(null, "label", null, Clean(country.Name));
                await xml.WriteEndElementAsync();
            }

            await Element(xml, "summary", Summary(row));
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

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

        var people = string.Join(", ", row.Participants.Select(p => p.Name is null ? p.Office : $"{p.Name} ({p.Office})").Distinct(StringComparer.Ordinal));
        if (people.Length > 0)
        {
            parts.Add(people);
        }

        var summary = string.Join(" · ", parts);
        return row.Status == MeetingStatus.Planned ? "Planned: " + summary : summary;
    }

    /// <summary>An entity tag that changes whenever anything the feed shows changes (a new import, an editor's correction).</summary>
    public static string Tag(string title, IReadOnlyList<FeedEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var content = new StringBuilder(title);
        foreach (var entry in entries)
        {
            content.Append('\n').Append(entry.Row.Id).Append('\t').Append(entry.ImportedAtUtc?.Ticks).Append('\t').Append(entry.Row.Title)
                .Append('\t').Append(Summary(entry.Row)).Append('\t').AppendJoin(",", entry.Row.Sources.Select(s => s.Url + " " + s.Publisher))
                .Append('\t').AppendJoin(",", entry.Row.Countries.Select(c => c.Code));
        }

        return "\"" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString())).AsSpan(0, 16)) + "\"";
    }

    private static DateTime Updated(FeedEntry entry, DateTimeOffset now) => entry.ImportedAtUtc ?? now.UtcDateTime;

    /// <summary>RFC 3339 in UTC, as Atom wants it.</summary>
    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static Task Element(XmlWriter xml, string name, string text) => xml.WriteElementStringAsync(null, name, AtomNamespace, Clean(text));

    private static async Task Link(XmlWriter xml, string rel, string type, string href)
    {
        await xml.WriteStartElementAsync(null, "link", AtomNamespace);
        await xml.WriteAttributeStringAsync(null, "rel", null, rel);
        await xml.WriteAttributeStringAsync(null, "type", null, type);
        await xml.WriteAttributeStringAsync(null, "href", null, Clean(href));
        await xml.WriteEndElementAsync();
    }

    /// <summary>Article text may carry control characters XML cannot hold; they are dropped rather than failing the feed.</summary>
    private static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                clean.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                clean.Append(text[i]);
            }
        }

        return clean.ToString();
    }
}
