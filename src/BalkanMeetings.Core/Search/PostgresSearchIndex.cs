using BalkanMeetings.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Search;

/// <summary>
/// <see cref="ISearchIndex"/> on PostgreSQL: a <c>tsvector</c> column on articles and meetings, kept by the database
/// itself (a stored generated column) and indexed with GIN, made with the <c>balkanmeetings</c> text search
/// configuration, which folds case and diacritics (<c>unaccent</c>, <c>đ</c> → <c>d</c>) as <see cref="SearchQuery"/>
/// folds the words asked for. Snippets are <c>ts_headline</c> over the stored text. See docs/search.md.
/// </summary>
public sealed class PostgresSearchIndex(BalkanMeetingsDbContext db) : ISearchIndex
{
    /// <summary>The text search configuration the migration creates: <c>simple</c> with <c>unaccent</c> first.</summary>
    public const string Configuration = "balkanmeetings";

    private const string HeadlineOptions = "StartSel=\u0002, StopSel=\u0003, MaxWords=24, MinWords=12, ShortWord=0, MaxFragments=1, FragmentDelimiter=…";

    public IQueryable<int> MeetingsMatching(SearchQuery query)
    {
        var match = TsQuery(query);
        return db.Database.SqlQuery<int>(
            $"""
            SELECT m."Id" AS "Value" FROM "Meetings" AS m WHERE m."SearchVector" @@ to_tsquery('balkanmeetings', {match})
            UNION
            SELECT s."MeetingId" FROM "Articles" AS a JOIN "MeetingSources" AS s ON s."ArticleId" = a."Id"
            WHERE a."SearchVector" @@ to_tsquery('balkanmeetings', {match})
            """);
    }

    public IQueryable<SearchHit> Hits(SearchQuery query)
    {
        var match = TsQuery(query);

        // Titles weigh above bodies (the vectors' weights A–D); a meeting keeps its best rank, negated so lower is better.
        return db.Database.SqlQuery<SearchHit>(
            $"""
            SELECT "MeetingId", min("Rank") AS "Rank" FROM (
                SELECT m."Id" AS "MeetingId", -ts_rank(m."SearchVector", q)::float8 AS "Rank"
                FROM "Meetings" AS m, to_tsquery('balkanmeetings', {match}) AS q WHERE m."SearchVector" @@ q
                UNION ALL
                SELECT s."MeetingId", -ts_rank(a."SearchVector", q)::float8
                FROM "Articles" AS a JOIN "MeetingSources" AS s ON s."ArticleId" = a."Id", to_tsquery('balkanmeetings', {match}) AS q
                WHERE a."SearchVector" @@ q) AS hits
            GROUP BY "MeetingId"
            """);
    }

    public async Task<IReadOnlyDictionary<int, string>> SnippetsAsync(SearchQuery query, IReadOnlyCollection<int> meetingIds, CancellationToken cancellationToken)
    {
        var match = TsQuery(query);
        var ids = meetingIds.ToArray();

        // Headlines are made for the page's meetings only; a meeting several matching articles report shows one.
        var snippets = await db.Database.SqlQuery<Snippet>(
            $"""
            SELECT s."MeetingId", ts_headline('balkanmeetings', a."NormalisedText", q, {HeadlineOptions}) AS "Text"
            FROM "Articles" AS a JOIN "MeetingSources" AS s ON s."ArticleId" = a."Id", to_tsquery('balkanmeetings', {match}) AS q
            WHERE s."MeetingId" = ANY({ids}) AND a."SearchVector" @@ q
            """).ToListAsync(cancellationToken);
        return snippets.GroupBy(s => s.MeetingId).ToDictionary(g => g.Key, g => g.Max(s => s.Text)!);
    }

    /// <summary>
    /// Every term required, each quoted as a lexeme so nothing typed is an operator, a prefix as <c>:*</c>. The terms
    /// are already folded words of letters and digits (<see cref="SearchQuery.Parse"/>); a query past the cap never runs.
    /// </summary>
    private static string TsQuery(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.IsEmpty || query.Refusal is not null)
        {
            throw new ArgumentException("An empty query matches nothing, and one past the cap is not run; check IsEmpty and Refusal first.", nameof(query));
        }

        static string Lexeme(string word) => "'" + word.Replace("'", "''", StringComparison.Ordinal) + "'";
        return string.Join(" & ", query.Terms.Select(t => t.EndsWith('*') ? Lexeme(t[..^1]) + ":*" : Lexeme(t)));
    }

    private sealed record Snippet(int MeetingId, string Text);
}
