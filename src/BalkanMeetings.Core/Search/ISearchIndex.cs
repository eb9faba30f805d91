namespace BalkanMeetings.Core.Search;

/// <summary>
/// Full-text search over articles and meetings: the one seam each database provider fills in its own way
/// (SQLite FTS5 here). The matches and their ranks are queries, so callers combine them with the meeting filters and
/// take one page in one round trip; snippets, which cost far more than ranks, are made for that page only.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Ids of the meetings whose own text, or the text of an article reporting them, matches every term.</summary>
    IQueryable<int> MeetingsMatching(SearchQuery query);

    /// <summary>One hit per matching meeting, with its relevance (lower is better).</summary>
    IQueryable<SearchHit> Hits(SearchQuery query);

    /// <summary>
    /// For each of <paramref name="meetingIds"/> that an article matches, a snippet of the matching article text with
    /// the matched words between <see cref="SearchHit.MarkStart"/> and <see cref="SearchHit.MarkEnd"/>.
    /// </summary>
    Task<IReadOnlyDictionary<int, string>> SnippetsAsync(SearchQuery query, IReadOnlyCollection<int> meetingIds, CancellationToken cancellationToken);
}

/// <summary>A meeting that matched a search, as <see cref="ISearchIndex.Hits"/> gives it.</summary>
public sealed record SearchHit(int MeetingId, double Rank)
{
    /// <summary>
    /// Marks a matched word's start in a snippet: a control character, which normalisation removes from every article
    /// (docs/import.md#normalisation), so no article text can pass for a mark.
    /// </summary>
    public const char MarkStart = '\u0002';

    public const char MarkEnd = '\u0003';
}
