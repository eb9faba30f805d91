namespace BalkanMeetings.Core.Domain;

public sealed class Person
{
    public int Id { get; set; }

    /// <summary>Canonical name with diacritics and proper case.</summary>
    public required string Name { get; set; }

    /// <summary>The name folded for matching: lower case, no diacritics (<c>Komšić</c> → <c>komsic</c>).</summary>
    public required string SearchKey { get; set; }

    /// <summary>True when the reference data knows this person; false when the importer met the name in an article.</summary>
    public bool IsReference { get; set; }

    public List<PersonAlias> Aliases { get; } = [];

    public List<Office> Offices { get; } = [];
}
