using BalkanMeetings.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Search;

/// <summary>
/// <see cref="ISearchIndex"/> over the FTS5 tables <c>ArticleSearch</c> and <c>MeetingSearch</c> (migration 0002),
/// which fold case and diacritics as <see cref="SearchQuery"/> does. See docs/search.md.
/// </summary>
public sealed class SqliteSearchIndex(BalkanMeetingsDbContext db) : ISearchIndex
{
    public IQueryable<int> MeetingsMatching(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var match = MatchExpression(query);
        return db.Database.SqlQuery<int>(
            $"""
            SELECT rowid AS "Value" FROM "MeetingSearch" WHERE "MeetingSearch" MATCH {match}
            UNION
            SELECT s."MeetingId" FROM "ArticleSearch" JOIN "MeetingSources" AS s ON s."ArticleId" = "ArticleSearch".rowid
            WHERE "ArticleSearch" MATCH {match}
            """);
    }

    public IQueryable<SearchHit> Hits(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var match = MatchExpression(query);
        var start = SearchHit.MarkStart.ToString();
        var end = SearchHit.MarkEnd.ToString();

        // bm25 weighs titles above bodies; a meeting keeps its best rank and the snippet of an article that matched.
        return db.Database.SqlQuery<SearchHit>(
            $"""
            SELECT "MeetingId", min("Rank") AS "Rank", max("Snippet") AS "Snippet" FROM (
                SELECT rowid AS "MeetingId", bm25("MeetingSearch", 4.0, 2.0, 1.0, 1.0) AS "Rank", NULL AS "Snippet"
                FROM "MeetingSearch" WHERE "MeetingSearch" MATCH {match}
                UNION ALL
                SELECT s."MeetingId", bm25("ArticleSearch", 4.0, 1.0),
                       snippet("ArticleSearch", 1, {start}, {end}, '…', 24)
                FROM "ArticleSearch" JOIN "MeetingSources" AS s ON s."ArticleId" = "ArticleSearch".rowid
                WHERE "ArticleSearch" MATCH {match})
            GROUP BY "MeetingId"
            """);
    }

    /// <summary>Each term as an FTS5 string (so nothing the reader typed is an operator), all of them required.</summary>
    private static string MatchExpression(SearchQuery query)
    {
        if (query.IsEmpty)
        {
            throw new ArgumentException("An empty query matches nothing; check IsEmpty first.", nameof(query));
        }

        return string.Join(' ', query.Terms.Select(t => t.EndsWith('*') ? $"\"{t[..^1]}\"*" : $"\"{t}\""));
    }
}
