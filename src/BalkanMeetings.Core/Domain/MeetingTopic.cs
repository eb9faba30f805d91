namespace BalkanMeetings.Core.Domain;

public sealed class MeetingTopic
{
    public int MeetingId { get; set; }

    public int TopicId { get; set; }

    public Topic? Topic { get; set; }

    /// <summary>The article's own words that matched the topic.</summary>
    public required string RawLabel { get; set; }
}
