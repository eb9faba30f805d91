namespace BalkanMeetings.Core.Data.Migrations;

/// <summary>
/// The SQLite full-text index: FTS5 tables over the text of articles and meetings, with triggers that keep them
/// in step. They index the tables' own rows (external content), so the text is stored once and snippets come
/// from the original, diacritics included. See docs/search.md.
/// </summary>
internal static class SqliteFullText
{
    /// <summary>
    /// The tokenizer folds case and diacritics (<c>Vučić</c> = <c>vucic</c>) but keeps <c>đ</c>, which has no
    /// decomposition, so the triggers index it as <c>d</c>; a query is folded the same way.
    /// </summary>
    private const string Tokenizer = "unicode61 remove_diacritics 2";

    public static IReadOnlyList<string> CreateStatements { get; } =
    [
        .. Index("ArticleSearch", "Articles", ["Title", "NormalisedText"]),
        .. Index("MeetingSearch", "Meetings", ["Title", "City", "Venue", "Summary"]),
    ];

    private static IEnumerable<string> Index(string index, string table, string[] columns)
    {
        var columnList = string.Join(", ", columns.Select(c => $"\"{c}\""));
        string Values(string row) => string.Join(", ", columns.Select(c => Folded($"{row}.\"{c}\"")));

        yield return $"CREATE VIRTUAL TABLE \"{index}\" USING fts5({columnList}, content='{table}', content_rowid='Id', tokenize='{Tokenizer}')";
        yield return $"INSERT INTO \"{index}\" (rowid, {columnList}) SELECT \"Id\", {Values($"\"{table}\"")} FROM \"{table}\"";
        yield return $"""
            CREATE TRIGGER "{index}_Insert" AFTER INSERT ON "{table}" BEGIN
                INSERT INTO "{index}" (rowid, {columnList}) VALUES (new."Id", {Values("new")});
            END
            """;
        yield return $"""
            CREATE TRIGGER "{index}_Delete" AFTER DELETE ON "{table}" BEGIN
                INSERT INTO "{index}" ("{index}", rowid, {columnList}) VALUES ('delete', old."Id", {Values("old")});
            END
            """;
        yield return $"""
            CREATE TRIGGER "{index}_Update" AFTER UPDATE OF {columnList} ON "{table}" BEGIN
                INSERT INTO "{index}" ("{index}", rowid, {columnList}) VALUES ('delete', old."Id", {Values("old")});
                INSERT INTO "{index}" (rowid, {columnList}) VALUES (new."Id", {Values("new")});
            END
            """;
    }

    // One character for one, so the index's token positions still fall on the stored text's words for snippets.
    private static string Folded(string column) => $"replace(replace({column}, 'Đ', 'D'), 'đ', 'd')";
}
