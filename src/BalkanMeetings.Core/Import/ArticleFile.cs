using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BalkanMeetings.Core.Import;

/// <summary>
/// One article file as read from disk: its text, content hash and optional sidecar. Files that are empty,
/// binary, not UTF-8 or too large are refused with a reason. See docs/import.md#bad-input.
/// </summary>
public sealed record ArticleFile(string FileName, string Text, string ContentHash, ArticleMeta? Meta)
{
    /// <summary>Articles run to tens of kilobytes; a file this large is not one.</summary>
    public const long MaxBytes = 2 * 1024 * 1024;

    /// <summary>SHA-256 of the bytes alone, without the sidecar: the same text under any description.</summary>
    public string TextHash { get; init; } = ContentHash;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Files the importer reads from a folder: <c>.txt</c> and <c>.md</c>, in name order.</summary>
    public static IReadOnlyList<string> ListFolder(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(IsArticle)
            .Order(StringComparer.Ordinal)
            .ToList();

    public static bool IsArticle(string path) =>
        Path.GetExtension(path).ToUpperInvariant() is ".TXT" or ".MD";

    public static async Task<ArticleFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var fileName = Path.GetFileName(path);

        // Known before reading: a file far too large is not read into memory at all.
        CheckSize(fileName, new FileInfo(path).Length);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return FromBytes(fileName, bytes, await ReadMetaAsync(path, cancellationToken));
    }

    /// <summary>
    /// An article given as bytes (read from a file, uploaded or pasted), refused as <see cref="ReadAsync"/> refuses a
    /// file: empty, binary, not UTF-8 or too large. <paramref name="meta"/> plays the sidecar's part.
    /// </summary>
    public static ArticleFile FromBytes(string fileName, byte[] bytes, ArticleMeta? meta)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        CheckSize(fileName, bytes.Length);
        if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
        {
            throw new BadArticleException($"{fileName} is empty.");
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new BadArticleException($"{fileName} is a binary file, not text.");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new BadArticleException($"{fileName} is not valid UTF-8 (bad byte at offset {e.Index.ToString(CultureInfo.InvariantCulture)}); save it as UTF-8 and import again.", e);
        }

        var textHash = Convert.ToHexStringLower(SHA256.HashData(bytes));

        // A changed sidecar changes what is extracted, so it is part of the article's identity.
        var hash = meta is null ? textHash : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(textHash + JsonSerializer.Serialize(meta))));
        return new ArticleFile(fileName, text.TrimStart('\uFEFF'), hash, meta) { TextHash = textHash };
    }

    private static void CheckSize(string fileName, long length)
    {
        if (length > MaxBytes)
        {
            throw new BadArticleException($"{fileName} is {length / (1024 * 1024.0):0.#} MB; articles larger than {MaxBytes / (1024 * 1024)} MB are not imported.");
        }
    }

    private static async Task<ArticleMeta?> ReadMetaAsync(string articlePath, CancellationToken cancellationToken)
    {
        var metaPath = Path.Combine(Path.GetDirectoryName(articlePath) ?? ".", Path.GetFileNameWithoutExtension(articlePath) + ".meta.json");
        if (!File.Exists(metaPath))
        {
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(metaPath);
            var json = await JsonSerializer.DeserializeAsync<MetaJson>(stream, cancellationToken: cancellationToken);
            var dateText = (json?.Published ?? json?.Date)?.Trim();
            DateOnly? published = null;
            if (!string.IsNullOrEmpty(dateText))
            {
                // A full timestamp is accepted; its date part is what dates "today" and "on Tuesday".
                published = DateOnly.TryParseExact(dateText[..Math.Min(10, dateText.Length)], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? date
                    : throw new BadArticleException($"{Path.GetFileName(metaPath)}: \"published\" must be a yyyy-MM-dd date, not \"{dateText}\".");
            }

            var sourceUrl = Blank(json?.SourceUrl);
            if (sourceUrl is not null && WebAddress.Parse(sourceUrl) is null)
            {
                // Exports, feeds and the API publish it as a link: only a web address may get that far.
                throw new BadArticleException($"{Path.GetFileName(metaPath)}: \"source_url\" must be an http or https address, not \"{Shorten(sourceUrl)}\".");
            }

            var language = Blank(json?.Language);
            if (language is not null && LanguageTag.Parse(language) is null)
            {
                throw new BadArticleException($"{Path.GetFileName(metaPath)}: \"language\" must be a language tag such as \"en\" or \"sr-Latn\", not \"{Shorten(language)}\".");
            }

            return new ArticleMeta(Blank(json?.Title), Blank(json?.Publisher), sourceUrl, published, Blank(json?.Byline ?? json?.Author), language);
        }
        catch (JsonException e)
        {
            throw new BadArticleException($"{Path.GetFileName(metaPath)} is not valid JSON: {e.Message}", e);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Shorten(string value) => value.Length <= 60 ? value : string.Concat(value.AsSpan(0, 60), "…");

    private sealed record MetaJson(
        [property: JsonPropertyName("title")] string? Title,
        [property: JsonPropertyName("publisher")] string? Publisher,
        [property: JsonPropertyName("source_url")] string? SourceUrl,
        [property: JsonPropertyName("published")] string? Published,
        [property: JsonPropertyName("date")] string? Date,
        [property: JsonPropertyName("byline")] string? Byline,
        [property: JsonPropertyName("author")] string? Author,
        [property: JsonPropertyName("language")] string? Language);
}
