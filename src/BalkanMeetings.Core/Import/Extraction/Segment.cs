namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>
/// The part of an article that reports one meeting. Most articles are one segment; a call and a later dinner
/// reported under their own dates are two; a tour of two capitals is one segment per city.
/// </summary>
public sealed record Segment(int Start, int End, DateMention? Anchor, PlaceMention? TourStop)
{
    public bool Contains(int offset) => offset >= Start && offset < End;
}
