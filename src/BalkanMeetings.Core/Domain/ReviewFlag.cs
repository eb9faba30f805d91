namespace BalkanMeetings.Core.Domain;

/// <summary>Something the importer doubts, for an editor to resolve.</summary>
public sealed class ReviewFlag
{
    public int Id { get; set; }

    public FlagKind Kind { get; set; }

    public FlagSeverity Severity { get; set; }

    public required string Message { get; set; }

    public required string RecordType { get; set; }

    public int? RecordId { get; set; }

    public string? Field { get; set; }

    /// <summary>The article's words behind the doubt.</summary>
    public string? Evidence { get; set; }

    /// <summary>The reference row the value was checked against, as written in the reference file.</summary>
    public string? ReferenceRow { get; set; }

    public int? ArticleId { get; set; }

    /// <summary>The meeting the flagged record belongs to (the meeting itself or one of its participants), if any.</summary>
    public int? MeetingId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public FlagStatus Status { get; set; }

    public DateTime? ResolvedAtUtc { get; set; }

    public string? ResolvedBy { get; set; }

    public string? ResolutionNote { get; set; }
}
