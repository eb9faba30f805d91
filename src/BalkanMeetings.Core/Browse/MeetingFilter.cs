using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Browse;

/// <summary>
/// What a reader has chosen on the meetings list: every filter, the sort and the page. Read from and written to
/// the query string by <see cref="MeetingFilterQuery"/>, so every view is a link. Filters combine with AND, values
/// of one filter too (two countries: meetings with both), so a facet count is what choosing it would leave.
/// </summary>
public sealed record MeetingFilter
{
    public const int DefaultPageSize = 25;

    public const int MaxPageSize = 100;

    /// <summary>ISO codes of countries the meeting involves, all of them.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>First day of the range; a meeting's date is the first day of its period (May 2021 is 1 May).</summary>
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>Ids of people who took part, all of them.</summary>
    public IReadOnlyList<int> People { get; init; } = [];

    /// <summary>A name as typed, matched without diacritics and in Cyrillic against names and aliases.</summary>
    public string? Official { get; init; }

    /// <summary>Offices as a participant held them at the meeting, e.g. <c>Minister of Foreign Affairs of Serbia</c>.</summary>
    public IReadOnlyList<string> Offices { get; init; } = [];

    public IReadOnlyList<int> Topics { get; init; } = [];

    public IReadOnlyList<int> Initiatives { get; init; } = [];

    public MeetingStatus? Status { get; init; }

    /// <summary>Only meetings with a review flag nobody has resolved yet.</summary>
    public bool OpenFlagsOnly { get; init; }

    /// <summary>Free text, searched in the meetings and their articles.</summary>
    public string? Query { get; init; }

    public bool OldestFirst { get; init; }

    /// <summary>From 1.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>True when any filter narrows the list (sort and paging aside).</summary>
    public bool IsFiltered =>
        Countries.Count > 0 || From is not null || To is not null || People.Count > 0 || !string.IsNullOrEmpty(Official)
        || Offices.Count > 0 || Topics.Count > 0 || Initiatives.Count > 0 || Status is not null || OpenFlagsOnly
        || !string.IsNullOrEmpty(Query);

    /// <summary>The same filters from their first page: what any change of filter leads to.</summary>
    public MeetingFilter FirstPage() => this with { Page = 1 };
}
