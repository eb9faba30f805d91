namespace BalkanMeetings.Core.Browse;

/// <summary>One value of a facet: what choosing it filters on, how it reads, and how many of the current meetings have it.</summary>
public sealed record FacetValue(string Value, string Label, int Count);

/// <summary>Counts for every filter over the meetings the current filter leaves, as the list shows beside them.</summary>
public sealed record MeetingFacets(
    IReadOnlyList<FacetValue> Countries,
    IReadOnlyList<FacetValue> Years,
    IReadOnlyList<FacetValue> Months,
    IReadOnlyList<FacetValue> People,
    IReadOnlyList<FacetValue> Offices,
    IReadOnlyList<FacetValue> Topics,
    IReadOnlyList<FacetValue> Initiatives,
    IReadOnlyList<FacetValue> Statuses,
    int WithOpenFlags);

/// <summary>A page of meetings, its total, the facets and the names of what the filter selected.</summary>
public sealed record MeetingResults(
    MeetingFilter Filter,
    IReadOnlyList<string> Ignored,
    int Total,
    IReadOnlyList<MeetingRow> Rows,
    MeetingFacets? Facets,
    IReadOnlyDictionary<string, string> Labels)
{
    public int PageCount => Total == 0 ? 1 : (Total + Filter.PageSize - 1) / Filter.PageSize;

    /// <summary>The name of a selected value, by filter name and value (<c>person</c>, <c>12</c>).</summary>
    public string LabelOf(string filter, string value) => Labels.GetValueOrDefault(filter + ":" + value, value);
}

/// <summary>A page of search hits, best first, each with its meeting and a snippet of the text that matched.</summary>
public sealed record SearchResults(MeetingFilter Filter, IReadOnlyList<string> Ignored, int Total, IReadOnlyList<SearchResult> Hits)
{
    public int PageCount => Total == 0 ? 1 : (Total + Filter.PageSize - 1) / Filter.PageSize;
}

/// <summary>One hit: the meeting's row and the article words around the match (marked as <see cref="Search.SearchHit"/> says).</summary>
public sealed record SearchResult(MeetingRow Meeting, string? Snippet);
