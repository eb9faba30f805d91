namespace BalkanMeetings.Web.Features.Meetings;

/// <summary>A stretch of the normalised article that a value of the record was read from.</summary>
/// <param name="Id">The provenance span's id; the mark's element id is <c>span-{Id}</c>.</param>
/// <param name="Start">Offset in the normalised text.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="Kind">What kind of value it gave (<c>date</c>, <c>person</c>…), for styling.</param>
/// <param name="ValueId">The element id of the value on the page.</param>
/// <param name="Label">What the value is, in words, for the link's title.</param>
/// <param name="Block">True for a value read from a whole table: the table is framed instead of every cell marked.</param>
public sealed record TextMark(int Id, int Start, int Length, string Kind, string ValueId, string Label, bool Block = false)
{
    public int End => Start + Length;
}
