namespace BalkanMeetings.Core.Domain;

/// <summary>One of the six Western Balkans countries the project follows (reference data, editable).</summary>
public sealed class Country
{
    /// <summary>ISO 3166 alpha-2 code (XK for Kosovo).</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string Capital { get; set; }

    public List<CountryAlias> Aliases { get; } = [];
}
