namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>One detail an article gives about itself, and the words it came from.</summary>
public sealed record SourceLine(string Value, TextSpan Span);

/// <summary>
/// What an article says of its own source: the outlet, the byline, the address of the original and the language
/// (<see cref="Rules.SourceRule"/>). A sidecar or the form an editor adds the article with overrides each of them.
/// </summary>
public sealed class SourceLines
{
    public SourceLine? Outlet { get; set; }

    public SourceLine? Byline { get; set; }

    public SourceLine? Url { get; set; }

    public SourceLine? Language { get; set; }

    /// <summary>
    /// The article's title where a masthead line holds more than it (<c>Headline | Outlet</c>), or where the first
    /// heading-like line is the outlet's name and the title comes after it.
    /// </summary>
    public TextSpan? Title { get; set; }
}

/// <summary>The source details stored with an article: from its sidecar or form where given, else from its own lines.</summary>
public sealed record ArticleSource(string? Outlet, string? Byline, string? Url, string? Language)
{
    public static ArticleSource Of(ArticleMeta? meta, SourceLines lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return new ArticleSource(
            meta?.Publisher ?? lines.Outlet?.Value,
            meta?.Byline ?? lines.Byline?.Value,
            meta?.SourceUrl ?? lines.Url?.Value,
            meta?.Language ?? lines.Language?.Value);
    }
}
