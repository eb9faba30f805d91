using System.Globalization;
using System.Text;
using System.Xml;

namespace BalkanMeetings.Web.Features.Export;

/// <param name="Id">The feed's permanent id: its canonical URL, the same for equal filters.</param>
/// <param name="Self">The URL the feed was fetched from.</param>
/// <param name="Alternate">The page that lists the same, with the same filter.</param>
public sealed record FeedLinks(string Id, string Self, string Alternate);

/// <summary>
/// Writes an Atom 1.0 feed (RFC 4287) by hand: System.ServiceModel.Syndication is not part of the shared framework,
/// and the format is small. The site's feeds (meetings, recent changes) differ only in their entries.
/// </summary>
/// <remarks>
/// Text from articles and editors is untrusted: XmlWriter escapes markup, and <see cref="Clean"/> drops what XML
/// cannot hold, so every value comes out as text and the feed always parses.
/// </remarks>
public sealed class AtomWriter(Stream output) : IAsyncDisposable
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    public const string ContentType = "application/atom+xml; charset=utf-8";

    private const string SiteName = "BalkanMeetings";

    private readonly XmlWriter _xml = XmlWriter.Create(output, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true });

    /// <summary>
    /// Opens the feed and writes its own elements, with the site as author and generator. Its <c>updated</c> is the
    /// newest of <paramref name="entryTimes"/> (the entries' own), or <paramref name="now"/> when there are none.
    /// </summary>
    public async Task StartFeedAsync(string title, string subtitle, FeedLinks links, IEnumerable<DateTime> entryTimes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(links);

        // An empty feed still needs a time; "now" tells a reader nothing changed before it.
        var updated = entryTimes.DefaultIfEmpty(now.UtcDateTime).Max();

        await _xml.WriteStartDocumentAsync();
        await _xml.WriteStartElementAsync(null, "feed", Namespace);
        await ElementAsync("title", title);
        await ElementAsync("subtitle", subtitle);
        await ElementAsync("id", links.Id);
        await ElementAsync("updated", Time(updated));
        await LinkAsync("self", "application/atom+xml", links.Self);
        await LinkAsync("alternate", "text/html", links.Alternate);
        await AuthorAsync(SiteName);
        await ElementAsync("generator", SiteName);
    }

    /// <summary>Opens an entry whose id is the permanent URL of its page, which is also its alternate link.</summary>
    public async Task StartEntryAsync(string permalink, string title, DateTime updated)
    {
        await _xml.WriteStartElementAsync(null, "entry", Namespace);
        await ElementAsync("id", permalink);
        await ElementAsync("title", title);
        await ElementAsync("updated", Time(updated));
        await LinkAsync("alternate", "text/html", permalink);
    }

    public Task EndEntryAsync() => _xml.WriteEndElementAsync();

    public async Task EndFeedAsync()
    {
        await _xml.WriteEndElementAsync();
        await _xml.WriteEndDocumentAsync();
        await _xml.FlushAsync();
    }

    public Task ElementAsync(string name, string text) => _xml.WriteElementStringAsync(null, name, Namespace, Clean(text));

    public async Task LinkAsync(string rel, string type, string href)
    {
        await _xml.WriteStartElementAsync(null, "link", Namespace);
        await _xml.WriteAttributeStringAsync(null, "rel", null, rel);
        await _xml.WriteAttributeStringAsync(null, "type", null, type);
        await _xml.WriteAttributeStringAsync(null, "href", null, Clean(href));
        await _xml.WriteEndElementAsync();
    }

    public async Task AuthorAsync(string name)
    {
        await _xml.WriteStartElementAsync(null, "author", Namespace);
        await ElementAsync("name", name);
        await _xml.WriteEndElementAsync();
    }

    public async Task CategoryAsync(string term, string label)
    {
        await _xml.WriteStartElementAsync(null, "category", Namespace);
        await _xml.WriteAttributeStringAsync(null, "term", null, Clean(term));
        await _xml.WriteAttributeStringAsync(null, "label", null, Clean(label));
        await _xml.WriteEndElementAsync();
    }

    public ValueTask DisposeAsync() => _xml.DisposeAsync();

    /// <summary>RFC 3339 in UTC, as Atom wants it.</summary>
    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Text may carry control characters XML cannot hold; they are dropped rather than failing the feed.</summary>
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
