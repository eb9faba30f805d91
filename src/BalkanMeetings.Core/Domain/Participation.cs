namespace BalkanMeetings.Core.Domain;

/// <summary>A person at a meeting, in the role and for the organisation the article gives.</summary>
public sealed class Participation
{
    public int Id { get; set; }

    public int MeetingId { get; set; }

    public Meeting? Meeting { get; set; }

    /// <summary>Null when the article names only the office and the holder could not be identified.</summary>
    public int? PersonId { get; set; }

    public Person? Person { get; set; }

    /// <summary>The name as the article spells it, null when the article gives only the office.</summary>
    public string? NameAsWritten { get; set; }

    /// <summary>Stated when the article names the person, inferred when identified through the office holders.</summary>
    public ValueOrigin NameOrigin { get; set; }

    public required string Role { get; set; }

    public required string Organization { get; set; }

    /// <summary>The article that named this participant; a merged meeting has participants from several.</summary>
    public int? ArticleId { get; set; }

    public Article? Article { get; set; }
}
