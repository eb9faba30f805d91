namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>Everything the article says about one person: where it names them and the offices it gives them.</summary>
public sealed class PersonInArticle(string name, bool isKnown)
{
    public string Name { get; } = name;

    public bool IsKnown { get; } = isKnown;

    public List<PersonMention> Mentions { get; } = [];

    /// <summary>The offices the text ties to this person, in text order.</summary>
    public List<OfficeMention> Offices { get; } = [];

    /// <summary>The first office the text gives the person that is not a former one.</summary>
    public OfficeMention? Office => Offices.FirstOrDefault(o => !o.IsFormer);

    /// <summary>Named only with offices they no longer hold (<c>former president Milorad Dodik</c>).</summary>
    public bool IsFormer => Offices.Count > 0 && Offices.All(o => o.IsFormer);

    public string Surname => Name[(Name.LastIndexOf(' ') + 1)..];
}
