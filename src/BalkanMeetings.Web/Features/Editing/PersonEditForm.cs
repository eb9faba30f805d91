using BalkanMeetings.Core.Editing;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>The person form: the name and the other ways articles write it.</summary>
public sealed class PersonEditForm() : PhrasesForm(PersonRecord.Name, PersonRecord.Aliases)
{
    public string? Aliases { get => Phrases; set => Phrases = value; }
}
