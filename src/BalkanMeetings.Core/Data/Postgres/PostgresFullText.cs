namespace BalkanMeetings.Core.Data;

/// <summary>
/// The PostgreSQL full-text index: a text search configuration that folds as <see cref="Search.SearchQuery"/> does
/// (case, diacritics and <c>đ</c> through <c>unaccent</c>), and a stored generated <c>tsvector</c> on articles and
/// meetings with a GIN index, so the database keeps it in step with every write. See docs/search.md.
/// </summary>
internal static class PostgresFullText
{
    public static IReadOnlyList<string> CreateStatements { get; } =
    [
        // unaccent is a trusted extension: the database's owner may create it.
        "CREATE EXTENSION IF NOT EXISTS unaccent",
        $"CREATE TEXT SEARCH CONFIGURATION {Search.PostgresSearchIndex.Configuration} (COPY = simple)",
        $"ALTER TEXT SEARCH CONFIGURATION {Search.PostgresSearchIndex.Configuration} ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple",
        .. Index("Articles", [("Title", 'A'), ("NormalisedText", 'D')]),
        .. Index("Meetings", [("Title", 'A'), ("City", 'B'), ("Venue", 'D'), ("Summary", 'D')]),
    ];

    // Weights rank a title above a place, and a place above the body.
    private static IEnumerable<string> Index(string table, (string Column, char Weight)[] columns)
    {
        var vector = string.Join(" || ", columns.Select(c =>
            $"setweight(to_tsvector('{Search.PostgresSearchIndex.Configuration}', coalesce(\"{c.Column}\", '')), '{c.Weight}')"));
        yield return $"ALTER TABLE \"{table}\" ADD COLUMN \"SearchVector\" tsvector GENERATED ALWAYS AS ({vector}) STORED";
        yield return $"CREATE INDEX \"IX_{table}_SearchVector\" ON \"{table}\" USING GIN (\"SearchVector\")";
    }
}
