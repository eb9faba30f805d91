namespace BalkanMeetings.Core.Domain;

/// <summary>Another way an article names a country: an alias (<c>BiH</c>), a demonym (<c>Montenegrin</c>).</summary>
public sealed class CountryAlias
{
    public int Id { get; set; }

    public required string CountryCode { get; set; }

    public required string Text { get; set; }

    public bool IsDemonym { get; set; }
}
