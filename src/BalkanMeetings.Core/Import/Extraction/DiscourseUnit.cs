using BalkanMeetings.Core.Import.Extraction.Temporal;

namespace BalkanMeetings.Core.Import.Extraction;

public enum UnitKind
{
    /// <summary>The article's prose, or a part of it under a heading.</summary>
    Section,

    /// <summary>A timeline row, list entry or post that opens with its own date or place (<c>2017/06/12 — Brussels.</c>).</summary>
    Row,
}

/// <summary>
/// A part of the article an encounter cannot run across: a section under a heading, or a dated row. Its lead date and
/// place are what its first words give; its anchor dates its relative phrases (a post stamp, else the article's).
/// See docs/import.md#segments.
/// </summary>
public sealed record DiscourseUnit(int Start, int End, UnitKind Kind, DateExpression? LeadDate, PlaceMention? LeadPlace, string? LeadVenue, TextSpan? LeadVenueSpan, DateAnchor? Anchor)
{
    public bool Contains(int offset) => offset >= Start && offset < End;
}
