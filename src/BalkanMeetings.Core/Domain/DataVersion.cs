namespace BalkanMeetings.Core.Domain;

/// <summary>
/// The one row that counts writes to what readers see. Every write moves it on in the transaction that writes (an
/// import batch, an editor's revision, the first load of the reference data), so a page, facet count or export made
/// at one value stays right until it moves (docs/browsing.md#caching).
/// </summary>
public sealed class DataVersion
{
    /// <summary>The id of the only row.</summary>
    public const int Row = 1;

    public int Id { get; set; }

    public long Value { get; set; }
}
