namespace BalkanMeetings.Core.Search;

/// <summary>
/// Full-text search over articles and meetings: the one seam each database provider fills in its own way
/// (SQLite FTS5 here). Both methods return queries, so callers combine them with the meeting filters in one
/// round trip to the database.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Ids of the meetings whose own text, or the text of an article reporting them, matches every term.</summary>
    IQueryable<int> MeetingsMatching(SearchQuery query);

    /// <summary>
    /// One hit per matching meeting, with its relevance (lower is better) and a snippet of the matching article
    /// text with the matched words between <see cref="SearchHit.MarkStart"/> and <see cref="SearchHit.MarkEnd"/>.
    /// </summary>
    IQueryable<SearchHit> Hits(SearchQuery query);
}

/// <summary>A meeting that matched a search, as <see cref="ISearchIndex.Hits"/> gives it.</summary>
public sealed record SearchHit(int MeetingId, double Rank, string? Snippet)
{
    /// <summary>
    /// Marks a matched word's start in <see cref="Snippet"/>: a control character, which normalisation removes from
    /// every article (docs/import.md#normalisation), so no article text can pass for a mark.
    /// </summary>
    public const char MarkStart = '\u0002';

    public const char MarkEnd = '\u0003';
}
