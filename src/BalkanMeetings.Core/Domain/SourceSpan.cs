namespace BalkanMeetings.Core.Domain;

/// <summary>Provenance: the characters of an article's normalised text that one value of a record came from.</summary>
public sealed class SourceSpan
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    /// <summary>Entity name, e.g. <c>Meeting</c>, <c>Participation</c>.</summary>
    public required string RecordType { get; set; }

    public int RecordId { get; set; }

    /// <summary>Property name, e.g. <c>Date</c>, <c>City</c>.</summary>
    public required string Field { get; set; }

    public int Start { get; set; }

    public int Length { get; set; }
}
