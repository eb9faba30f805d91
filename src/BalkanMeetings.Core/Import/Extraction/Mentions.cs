using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>A person named in the text. <see cref="Name"/> is canonical for known people, as written otherwise.</summary>
public sealed record PersonMention(string Name, bool IsKnown, int FirstToken, int TokenCount, TextSpan Span, bool IsFullName)
{
    public int LastToken => FirstToken + TokenCount - 1;

    public int Start => Span.Start;

    public int End => Span.End;
}

/// <summary>
/// An office named in the text, with the organisation the text ties it to, if any. A plural office
/// (<c>the two foreign ministers</c>) names no one by itself.
/// </summary>
public sealed record OfficeMention(string Title, bool IsNato, string? Organization, int FirstToken, int LastToken, TextSpan Span, bool IsFormer, bool IsPlural)
{
    public int Start => Span.Start;

    public int End => Span.End;
}

/// <summary>A city named in the text.</summary>
public sealed record PlaceMention(PlaceRecord Place, int FirstToken, int LastToken, TextSpan Span)
{
    public int Start => Span.Start;

    public int End => Span.End;
}

/// <summary>
/// A country named in the text, by name, alias or demonym: one of the six (<see cref="Country"/> set) or another
/// (<see cref="Nation"/> set).
/// </summary>
public sealed record CountryMention(CountryRecord? Country, NationRecord? Nation, bool IsDemonym, int FirstToken, int LastToken, TextSpan Span)
{
    public string Name => Country?.Name ?? Nation!.Name;

    public bool IsWesternBalkans => Country is not null;

    public int Start => Span.Start;

    public int End => Span.End;
}
