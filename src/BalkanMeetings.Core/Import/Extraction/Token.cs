namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>A word of the article: where it stands, its folded form, and what separates it from the word before.</summary>
public readonly record struct Token(int Start, int End, string Folded, bool IsCapitalised, bool JoinedToPrevious)
{
    public int Length => End - Start;
}
