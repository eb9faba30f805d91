namespace BalkanMeetings.Core.Domain;

/// <summary>An article reporting a meeting; the same meeting reported twice has two sources.</summary>
public sealed class MeetingSource
{
    public int MeetingId { get; set; }

    public Meeting? Meeting { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }
}
