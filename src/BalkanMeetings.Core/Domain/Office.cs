namespace BalkanMeetings.Core.Domain;

/// <summary>A dated office held by a person (reference data from officeholders.csv, editable).</summary>
public sealed class Office
{
    public int Id { get; set; }

    public int PersonId { get; set; }

    public Person? Person { get; set; }

    public required string Title { get; set; }

    /// <summary>NATO or one of the countries, by name.</summary>
    public required string Organization { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly? End { get; set; }

    public string? SourceUrl { get; set; }
}
