using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>What the importer read in one article, before anything is stored. Spans point into <see cref="Text"/>.</summary>
public sealed record ExtractedArticle(
    string FileName,
    string OriginalText,
    string Text,
    string? Title,
    DateOnly? ReferenceDate,
    ArticleSource Source,
    bool Mojibake,
    IReadOnlyList<ExtractedMeeting> Meetings,
    IReadOnlyList<ExtractedTopic> Topics,
    IReadOnlyList<ExtractedInitiative> Initiatives,
    IReadOnlyList<ExtractedTable> OtherTables,
    IReadOnlyList<ExtractedQuote> Quotes,
    IReadOnlyList<ExtractedFlag> Flags);

/// <summary>Characters <c>[Start, End)</c> of the normalised article text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}

public sealed record ExtractedMeeting(
    string Title,
    DateOnly? Date,
    DatePrecision DatePrecision,
    ValueOrigin DateOrigin,
    TextSpan? DateSpan,
    string? City,
    TextSpan? CitySpan,
    string? Venue,
    IReadOnlyList<string> Countries,
    MeetingKind Kind,
    MeetingStatus Status,
    TextSpan? StatusSpan,
    IReadOnlyList<ExtractedParticipant> Participants,
    string? Summary);

/// <summary>
/// A participant. <see cref="Name"/> is canonical (null when the official could not be identified);
/// <see cref="NameOrigin"/> says whether the article named them or the office holders did.
/// </summary>
public sealed record ExtractedParticipant(
    string? Name,
    bool IsKnownPerson,
    string? NameAsWritten,
    ValueOrigin NameOrigin,
    string Role,
    ValueOrigin RoleOrigin,
    string Organization,
    TextSpan? NameSpan,
    TextSpan? RoleSpan);

public sealed record ExtractedTopic(string Name, string RawLabel, TextSpan Span);

public sealed record ExtractedInitiative(string Name, string? Objective, string? Timeline, TextSpan Span);

public sealed record ExtractedTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, TextSpan Span);

public sealed record ExtractedQuote(string? Speaker, string? SpeakerName, string Text, TextSpan Span);

/// <summary>A doubt raised while reading; the meeting and participant are indexes into the article's lists.</summary>
public sealed record ExtractedFlag(
    FlagKind Kind,
    FlagSeverity Severity,
    string Message,
    int? MeetingIndex,
    int? ParticipantIndex,
    string? Field,
    string? Evidence,
    string? ReferenceRow);
