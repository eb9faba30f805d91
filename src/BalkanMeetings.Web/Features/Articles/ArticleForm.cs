using System.Globalization;
using System.Text;
using BalkanMeetings.Core.Import;

namespace BalkanMeetings.Web.Features.Articles;

/// <summary>
/// The add-an-article form as posted (its fields are named <c>Input.*</c>): the text, pasted or read from an uploaded
/// file, and what the editor says of its source, which overrides what the article says of itself. Read into the
/// article the importer takes with the same checks as a file (<see cref="ArticleFile.FromBytes"/>); a bad value is
/// reported per field. See docs/editing.md#adding-an-article.
/// </summary>
public sealed class ArticleForm
{
    public const string TextField = "Text";
    public const string SourceUrlField = "SourceUrl";
    public const string OutletField = "Outlet";
    public const string PublishedField = "Published";
    public const string BylineField = "Byline";
    public const string LanguageField = "Language";

    /// <summary>The name of the file input; an uploaded file replaces the pasted text.</summary>
    public const string FileInput = "Input.File";

    /// <summary>The longest post the page reads: an article of the largest size, its form's other fields and the multipart framing.</summary>
    public const long MaxRequestBytes = ArticleFile.MaxBytes + (64 * 1024);

    /// <summary>The longest outlet and byline the database keeps (the Articles table's columns).</summary>
    public const int MaxSourceDetail = 200;

    /// <summary>The longest source address the database keeps.</summary>
    private const int MaxAddress = 2048;

    private const string PastedText = "The pasted text";

    // A browser may upload plain text, Markdown or a saved web page; the normaliser reads each (docs/import.md).
    private static readonly string[] Extensions = [".txt", ".md", ".html", ".htm"];

    public string? Text { get; set; }

    public string? SourceUrl { get; set; }

    public string? Outlet { get; set; }

    /// <summary>The published date as typed (<c>yyyy-MM-dd</c>, as a date input sends it).</summary>
    public string? Published { get; set; }

    public string? Byline { get; set; }

    public string? Language { get; set; }

    public const string PreviewAction = "preview";
    public const string ImportAction = "import";

    /// <summary>Which button sent the form: <see cref="PreviewAction"/> or <see cref="ImportAction"/>.</summary>
    public string? Action { get; set; }

    /// <summary>Once previewed: the content hash of the article the editor saw previewed, which an import must match.</summary>
    public string? PreviewedHash { get; set; }

    /// <summary>
    /// The file name an article given in the browser is stored under: <c>web-</c>, the day it was added (UTC) and the
    /// first 12 hex digits of its content hash, so the same text and details always get the same name on a day.
    /// </summary>
    public static string FileName(DateOnly day, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(contentHash);
        return $"web-{day.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{contentHash[..12]}.txt";
    }

    /// <summary>
    /// The article the form gives, or null with what is wrong in <paramref name="errors"/>. An uploaded file's text
    /// takes the text field's place, so the form shown again holds it. Line breaks are made <c>\n</c>: a browser sends a
    /// text area's as <c>\r\n</c>, and the same text must give the same hash however it came.
    /// </summary>
    public async Task<ArticleFile?> ReadAsync(IFormFile? upload, DateOnly today, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (upload is { Length: > 0 })
        {
            Text = await ReadUploadAsync(upload, errors, cancellationToken) ?? Text;
        }

        if (!errors.ContainsKey(TextField))
        {
            Text = Text?.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        var meta = ReadMeta(errors);
        ArticleFile? file = null;
        if (!errors.ContainsKey(TextField))
        {
            file = Checked(() => ArticleFile.FromBytes(PastedText, Encoding.UTF8.GetBytes(Text ?? ""), meta), errors);
        }

        return errors.Count > 0 || file is null ? null : file with { FileName = FileName(today, file.ContentHash) };
    }

    private static async Task<string?> ReadUploadAsync(IFormFile upload, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(upload.FileName);
        if (!Extensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
        {
            errors[TextField] = $"{name} is not a .txt, .md or .html file.";
            return null;
        }

        // The request's own limit keeps the file in bounds before it is read; the size rule is the import's.
        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, cancellationToken);
        return Checked(() => ArticleFile.FromBytes(name, buffer.ToArray(), meta: null), errors)?.Text;
    }

    private static ArticleFile? Checked(Func<ArticleFile> read, Dictionary<string, string> errors)
    {
        try
        {
            return read();
        }
        catch (BadArticleException e)
        {
            errors[TextField] = e.Message;
            return null;
        }
    }

    /// <summary>What the editor said of the source; null when nothing, so the article reads as a file without a sidecar.</summary>
    private ArticleMeta? ReadMeta(Dictionary<string, string> errors)
    {
        var url = Blank(SourceUrl);
        if (url is not null && (WebAddress.Parse(url) is null || url.Length > MaxAddress))
        {
            errors[SourceUrlField] = "Give the article's web address, starting with http:// or https://.";
        }

        var language = Blank(Language);
        if (language is not null && LanguageTag.Parse(language) is null)
        {
            errors[LanguageField] = "Give a language tag such as en, sr-Latn or mk.";
        }

        DateOnly? published = null;
        if (Blank(Published) is { } day)
        {
            published = DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
            if (published is null)
            {
                errors[PublishedField] = "Give the date as year-month-day, such as 2025-03-14.";
            }
        }

        var outlet = Limited(OutletField, Outlet, errors);
        var byline = Limited(BylineField, Byline, errors);
        return url is null && language is null && published is null && outlet is null && byline is null
            ? null
            : new ArticleMeta(Title: null, outlet, url, published, byline, language);
    }

    private static string? Limited(string field, string? value, Dictionary<string, string> errors)
    {
        var text = Blank(value);
        if (text is { Length: > MaxSourceDetail })
        {
            errors[field] = $"Keep it under {MaxSourceDetail} characters.";
        }

        return text;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
