namespace BalkanMeetings.Core.Domain;

/// <summary>An entry of the topic vocabulary (editable), with the phrases that map onto it.</summary>
public sealed class Topic
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public List<TopicSynonym> Synonyms { get; } = [];
}
