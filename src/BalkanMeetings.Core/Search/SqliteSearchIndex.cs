using System.Text.Json;
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
        var match = MatchExpression(query);

        // bm25 weighs titles above bodies; a meeting keeps its best rank.
        return db.Database.SqlQuery<SearchHit>(
            $"""
            SELECT "MeetingId", min("Rank") AS "Rank" FROM (
                SELECT rowid AS "MeetingId", bm25("MeetingSearch", 4.0, 2.0, 1.0, 1.0) AS "Rank"
                FROM "MeetingSearch" WHERE "MeetingSearch" MATCH {match}
                UNION ALL
                SELECT s."MeetingId", bm25("ArticleSearch", 4.0, 1.0)
                FROM "ArticleSearch" JOIN "MeetingSources" AS s ON s."ArticleId" = "ArticleSearch".rowid
                WHERE "ArticleSearch" MATCH {match})
            GROUP BY "MeetingId"
            """);
    }

    public async Task<IReadOnlyDictionary<int, string>> SnippetsAsync(SearchQuery query, IReadOnlyCollection<int> meetingIds, CancellationToken cancellationToken)
    {
        var match = MatchExpression(query);
        var start = SearchHit.MarkStart.ToString();
        var end = SearchHit.MarkEnd.ToString();
        var ids = JsonSerializer.Serialize(meetingIds);

        // Only the articles of the page's meetings are read, so only their snippets are made. A meeting reported by
        // several matching articles shows one of them, the same each time.
        var snippets = await db.Database.SqlQuery<Snippet>(
            $"""
            SELECT s."MeetingId", snippet("ArticleSearch", 1, {start}, {end}, '…', 24) AS "Text"
            FROM "ArticleSearch" JOIN "MeetingSources" AS s ON s."ArticleId" = "ArticleSearch".rowid
            WHERE "ArticleSearch".rowid IN (SELECT "ArticleId" FROM "MeetingSources" WHERE "MeetingId" IN (SELECT value FROM json_each({ids})))
              AND s."MeetingId" IN (SELECT value FROM json_each({ids}))
              AND "ArticleSearch" MATCH {match}
            """).ToListAsync(cancellationToken);
        return snippets.GroupBy(s => s.MeetingId).ToDictionary(g => g.Key, g => g.Max(s => s.Text)!);
    }

    /// <summary>
    /// Each term as an FTS5 string (so nothing the reader typed is an operator), all of them required. A query past
    /// the cap on its cost is never run.
    /// </summary>
    private static string MatchExpression(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.IsEmpty || query.Refusal is not null)
        {
            throw new ArgumentException("An empty query matches nothing, and one past the cap is not run; check IsEmpty and Refusal first.", nameof(query));
        }

        return string.Join(' ', query.Terms.Select(t => t.EndsWith('*') ? $"\"{t[..^1]}\"*" : $"\"{t}\""));
    }

    private sealed record Snippet(int MeetingId, string Text);
}
