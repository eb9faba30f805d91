using System.Text.Json.Serialization;
using BalkanMeetings.Core.Browse;

namespace BalkanMeetings.Web.Features.Api;

/// <summary>
/// A page of meetings: the answer of <c>GET /api/meetings</c>. <c>Ignored</c> lists the query values that could not
/// be used, each as a sentence; the rest of the filter applied.
/// </summary>
public sealed record MeetingPage(
    int Total, int Page, int Size, int PageCount, IReadOnlyList<string> Ignored, IReadOnlyList<MeetingItem> Items, PageLinks Links)
{
    /// <summary>Counts per filter value over the whole result, when asked for with <c>facets=true</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MeetingFacets? Facets { get; init; }
}

/// <summary>The same filter elsewhere: the pages either side (null at the ends), the list page, and the exports.</summary>
public sealed record PageLinks(string Self, string? Next, string? Prev, string Html, string Csv, string Atom, string Calendar);

/// <summary>A whole list with its length; lookups are short enough not to need pages.</summary>
public sealed record ItemList<T>(int Total, IReadOnlyList<T> Items);

/// <summary>Where the meetings of a country, topic, initiative or person are: in the API and on the site.</summary>
public sealed record MeetingLinks(string Meetings, string Html);

public sealed record CountryItem(string Code, string Name, int MeetingCount, MeetingLinks Links);

public sealed record TopicItem(int Id, string Name, int MeetingCount, MeetingLinks Links);

public sealed record InitiativeItem(int Id, string Name, string? Objective, string? Timeline, int MeetingCount, MeetingLinks Links);

/// <summary>A page of people: the answer of <c>GET /api/people</c>.</summary>
public sealed record PeoplePage(
    int Total, int Page, int Size, int PageCount, IReadOnlyList<string> Ignored, IReadOnlyList<PersonItem> Items, PeopleLinks Links);

public sealed record PeopleLinks(string Self, string? Next, string? Prev);

/// <summary>A person; <c>IsReference</c> is true when the reference data of office holders knows them, false for a name met only in an article.</summary>
public sealed record PersonItem(int Id, string Name, bool IsReference, IReadOnlyList<string> Aliases, int MeetingCount, PersonLinks Links);

/// <param name="Self">The person in the API.</param>
/// <param name="Html">The person's page on the site.</param>
/// <param name="Meetings">The person's meetings in the API.</param>
/// <param name="MeetingList">The person's meetings on the site's list.</param>
public sealed record PersonLinks(string Self, string Html, string Meetings, string MeetingList);

/// <summary>A person with the offices the reference data gives, oldest first: the answer of <c>GET /api/people/{id}</c>.</summary>
public sealed record PersonDetailItem(
    int Id, string Name, bool IsReference, IReadOnlyList<string> Aliases, IReadOnlyList<OfficeItem> Offices, int MeetingCount, PersonLinks Links);

/// <summary>An office held, from the reference data; <c>End</c> is null while the person holds it.</summary>
public sealed record OfficeItem(string Title, string Organization, string Start, string? End, string? SourceUrl);
