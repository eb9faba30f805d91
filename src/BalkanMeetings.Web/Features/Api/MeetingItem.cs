using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import;
using BalkanMeetings.Web.Infrastructure;

namespace BalkanMeetings.Web.Features.Api;

/// <summary>
/// A meeting as the JSON export and the API give it (docs/api.md): enums as lower-case words, dates as ISO text as
/// precise as they are known, every link absolute. The shape is public; names only ever get added.
/// </summary>
public sealed record MeetingItem(
    int Id,
    string Url,
    string Title,
    string? Date,
    string DatePrecision,
    string DateOrigin,
    string? City,
    string? Venue,
    string Kind,
    string Status,
    IReadOnlyList<CountryRef> Countries,
    IReadOnlyList<ParticipantItem> Participants,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Initiatives,
    IReadOnlyList<SourceItem> Sources,
    int OpenFlags)
{
    public static MeetingItem From(MeetingRow row, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(request);
        return new MeetingItem(
            row.Id,
            request.Absolute(PublicUrls.Meeting(row.Id)),
            row.Title,
            PartialDate.Iso(row.Date, row.DatePrecision),
            ValueWords.Precision(row.DatePrecision),
            ValueWords.Origin(row.DateOrigin),
            row.City,
            row.Venue,
            ValueWords.Kind(row.Kind),
            ValueWords.Status(row.Status),
            row.Countries,
            row.Participants
                .Select(p => new ParticipantItem(
                    p.PersonId,
                    p.Name,
                    p.Role,
                    p.Organization,
                    p.Office,
                    ValueWords.Origin(p.NameOrigin),
                    p.PersonId is { } id ? request.Absolute(PublicUrls.Person(id)) : null))
                .ToList(),
            row.Topics,
            row.Initiatives,
            row.Sources.Select(s => new SourceItem(s.ArticleId, s.Title, s.Publisher, s.Byline, WebAddress.OrNull(s.Url), ValueWords.Day(s.PublishedOn), s.Language)).ToList(),
            row.OpenFlags);
    }
}

/// <summary>A participant: <see cref="Name"/> is null when the article gives only the office and nobody could be identified.</summary>
public sealed record ParticipantItem(int? PersonId, string? Name, string Role, string Organization, string Office, string NameOrigin, string? Url);

public sealed record SourceItem(int ArticleId, string? Title, string? Publisher, string? Byline, string? Url, string? PublishedOn, string? Language);

/// <summary>How enum values read in exports and the API: fixed lower-case words, whatever the enums are called in code.</summary>
public static class ValueWords
{
    /// <summary><c>extracted</c> (said by the article), <c>inferred</c> (worked out by the importer), <c>corrected</c> (set by an editor).</summary>
    public static string Origin(ValueOrigin origin) => origin switch
    {
        ValueOrigin.Stated => "extracted",
        ValueOrigin.Inferred => "inferred",
        ValueOrigin.Edited => "corrected",
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, null),
    };

    public static string Precision(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Month => "month",
        DatePrecision.Year => "year",
        _ => "unknown",
    };

    public static string Kind(MeetingKind kind) => kind switch
    {
        MeetingKind.Meeting => "meeting",
        MeetingKind.Visit => "visit",
        MeetingKind.Call => "call",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Status(MeetingStatus status) => status switch
    {
        MeetingStatus.Held => "held",
        MeetingStatus.Planned => "planned",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string? Day(DateOnly? date) => PartialDate.Iso(date, DatePrecision.Day);
}
