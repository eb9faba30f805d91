namespace BalkanMeetings.Core.Domain;

/// <summary>A source article as imported: the original text is kept beside the normalised one all spans point into.</summary>
public sealed class Article
{
    public int Id { get; set; }

    public required string FileName { get; set; }

    /// <summary>SHA-256 of the file's bytes, hex; an unchanged file is not imported again.</summary>
    public required string ContentHash { get; set; }

    public string? Title { get; set; }

    /// <summary>The outlet that published it: a site, agency or newsletter.</summary>
    public string? Publisher { get; set; }

    /// <summary>Who wrote it, as the article or its sender names them: a reporter, a desk, an office.</summary>
    public string? Byline { get; set; }

    /// <summary>The article's language as a BCP 47 tag (<c>en</c>, <c>sr-Latn</c>), where it was given.</summary>
    public string? Language { get; set; }

    public string? SourceUrl { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public required string OriginalText { get; set; }

    public required string NormalisedText { get; set; }

    public bool EncodingRepaired { get; set; }

    public DateTime ImportedAtUtc { get; set; }

    public List<MeetingSource> Meetings { get; } = [];

    public List<ArticleTable> Tables { get; } = [];

    public List<Quote> Quotes { get; } = [];
}
