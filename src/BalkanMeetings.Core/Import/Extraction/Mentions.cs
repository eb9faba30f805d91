using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>A person named in the text. <see cref="Name"/> is canonical for known people, as written otherwise.</summary>
public sealed record PersonMention(string Name, bool IsKnown, int FirstToken, int TokenCount, int Start, int End, bool IsFullName)
{
    public int LastToken => FirstToken + TokenCount - 1;
}

/// <summary>An office named in the text, with the organisation the text ties it to, if any.</summary>
public sealed record RoleMention(string Title, bool IsNato, string? Organization, int FirstToken, int LastToken, int Start, int End, bool IsFormer);

/// <summary>A city named in the text.</summary>
public sealed record PlaceMention(PlaceRecord Place, int FirstToken, int LastToken, int Start, int End);

/// <summary>A country named in the text, by name, alias or demonym.</summary>
public sealed record CountryMention(CountryRecord Country, bool IsDemonym, int FirstToken, int LastToken, int Start, int End);
