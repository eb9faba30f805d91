namespace BalkanMeetings.Core.Domain;

/// <summary>A named initiative from an article's initiative table; one initiative however many meetings name it.</summary>
public sealed class Initiative
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Folded name, unique: the same initiative named in two articles is one row.</summary>
    public required string NameKey { get; set; }

    public string? Objective { get; set; }

    public string? Timeline { get; set; }
}
