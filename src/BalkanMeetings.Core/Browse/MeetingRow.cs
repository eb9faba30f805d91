using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Browse;

/// <summary>A meeting as lists, exports and the API show it: enough to read at a glance, with links onward.</summary>
public sealed record MeetingRow(
    int Id,
    string Title,
    DateOnly? Date,
    DatePrecision DatePrecision,
    ValueOrigin DateOrigin,
    string? City,
    MeetingKind Kind,
    MeetingStatus Status,
    IReadOnlyList<CountryRef> Countries,
    IReadOnlyList<ParticipantRef> Participants,
    IReadOnlyList<string> Topics,
    IReadOnlyList<SourceRef> Sources,
    int OpenFlags)
{
    /// <summary>Names of the initiatives the meeting's articles list, by name.</summary>
    public IReadOnlyList<string> Initiatives { get; init; } = [];

    /// <summary>Where in the city the meeting took place (a building, a summit's venue), when known.</summary>
    public string? Venue { get; init; }
}

public sealed record CountryRef(string Code, string Name);

/// <summary>A participant: the person when identified, else the office the article gives.</summary>
public sealed record ParticipantRef(int? PersonId, string? Name, string Role, string Organization, ValueOrigin NameOrigin)
{
    public string Office => OfficeLabel.Of(Role, Organization);

    public string Label => Name ?? Office;
}

/// <summary>A source article as lists, exports and the API cite it.</summary>
public sealed record SourceRef(int ArticleId, string? Title, string? Publisher, string? Byline, string? Url, DateOnly? PublishedOn, string? Language);

/// <summary>How an office reads as one phrase, in facets, filters and exports.</summary>
public static class OfficeLabel
{
    public const string Joiner = " of ";

    public static string Of(string role, string organization) => role + Joiner + organization;
}
