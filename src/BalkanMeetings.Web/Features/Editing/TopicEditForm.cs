using BalkanMeetings.Core.Editing;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>The topic form: the name and the synonyms that file a meeting under it.</summary>
public sealed class TopicEditForm() : PhrasesForm(TopicRecord.Name, TopicRecord.Synonyms)
{
    public string? Synonyms { get => Phrases; set => Phrases = value; }
}
