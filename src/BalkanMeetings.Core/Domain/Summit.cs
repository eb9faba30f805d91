namespace BalkanMeetings.Core.Domain;

/// <summary>A NATO summit (reference data from nato-summits.csv, editable).</summary>
public sealed class Summit
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string City { get; set; }

    public required string Country { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly End { get; set; }

    public string? SourceUrl { get; set; }
}
