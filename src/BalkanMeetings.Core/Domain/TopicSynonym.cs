namespace BalkanMeetings.Core.Domain;

public sealed class TopicSynonym
{
    public int Id { get; set; }

    public int TopicId { get; set; }

    public required string Phrase { get; set; }
}
