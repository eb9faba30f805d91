namespace BalkanMeetings.Core.Domain;

public sealed class Quote
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public int? MeetingId { get; set; }

    public Meeting? Meeting { get; set; }

    /// <summary>The speaker as the article names them (a name or an office), null when unattributed.</summary>
    public string? Speaker { get; set; }

    public int? PersonId { get; set; }

    public required string Text { get; set; }
}
