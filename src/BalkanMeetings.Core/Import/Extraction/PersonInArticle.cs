namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>Everything the article says about one person: where it names them and the office it gives them.</summary>
public sealed class PersonInArticle(string name, bool isKnown)
{
    public string Name { get; } = name;

    public bool IsKnown { get; } = isKnown;

    public List<PersonMention> Mentions { get; } = [];

    /// <summary>The first office the text ties to this person, if any.</summary>
    public RoleMention? Role { get; set; }

    public bool IsFormer => Role?.IsFormer == true;
}
