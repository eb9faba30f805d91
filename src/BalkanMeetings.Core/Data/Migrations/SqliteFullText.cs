namespace BalkanMeetings.Core.Data.Migrations;

/// <summary>
/// The SQLite full-text index: FTS5 tables over the text of articles and meetings, with triggers that keep them
/// in step. They index the tables' own rows (external content), so the text is stored once and snippets come
/// from the original, diacritics included. See docs/search.md.
/// </summary>
/// <remarks>
/// An import defers the index's rows for the articles and meetings it inserts (<see cref="DeferStatement"/>) and
/// writes them once per transaction (<see cref="WriteDeferredStatements"/>): FTS5 writes its pending terms out as a
/// new segment whenever a savepoint opens, so indexing article by article, one savepoint each, left one small segment
/// per article that the automatic merges then rewrote again and again (docs/benchmarks.md). While a deferral is open,
/// a row above its mark is "pending": the triggers leave it alone, and it is indexed as it stands when written.
/// </remarks>
internal static class SqliteFullText
{
    /// <summary>
    /// The tokenizer folds case and diacritics (<c>Vučić</c> = <c>vucic</c>) but keeps <c>đ</c>, which has no
    /// decomposition, so the triggers index it as <c>d</c>; a query is folded the same way.
    /// </summary>
    private const string Tokenizer = "unicode61 remove_diacritics 2";

    /// <summary>
    /// One row while an import's transaction defers index rows: the highest article and meeting ids when it began.
    /// A plain table, outside the model: the triggers of the main database can only read tables of that database.
    /// </summary>
    public const string DeferralTable = "SearchDeferral";

    private static readonly SearchIndex[] Indexes =
    [
        new("ArticleSearch", "Articles", "ArticlesAbove", ["Title", "NormalisedText"]),
        new("MeetingSearch", "Meetings", "MeetingsAbove", ["Title", "City", "Venue", "Summary"]),
    ];

    /// <summary>The index and its first triggers, as migration 0002 created them.</summary>
    public static IReadOnlyList<string> CreateStatements { get; } = [.. Indexes.SelectMany(i => i.CreateStatements())];

    /// <summary>Migration 0013: the deferral table, and triggers that leave a deferred row alone.</summary>
    public static IReadOnlyList<string> DeferrableTriggerStatements { get; } =
    [
        $"""CREATE TABLE "{DeferralTable}" ({string.Join(", ", Indexes.Select(i => $"\"{i.MarkColumn}\" INTEGER NOT NULL"))})""",
        .. Indexes.SelectMany(i => i.DeferrableTriggers()),
    ];

    /// <summary>Opens a deferral in the current transaction, which must not hold one already.</summary>
    public static string DeferStatement { get; } =
        $"""
        INSERT INTO "{DeferralTable}" ({string.Join(", ", Indexes.Select(i => $"\"{i.MarkColumn}\""))})
        SELECT {string.Join(", ", Indexes.Select(i => $"coalesce((SELECT max(\"Id\") FROM \"{i.Table}\"), 0)"))}
        """;

    /// <summary>Indexes the pending rows as they now stand and closes the deferral.</summary>
    public static string WriteDeferredStatements { get; } =
        string.Join(";\n", [.. Indexes.Select(i => i.WriteDeferred()), $"DELETE FROM \"{DeferralTable}\""]);

    private sealed record SearchIndex(string Name, string Table, string MarkColumn, string[] Columns)
    {
        private string ColumnList => string.Join(", ", Columns.Select(c => $"\"{c}\""));

        public IEnumerable<string> CreateStatements()
        {
            yield return $"CREATE VIRTUAL TABLE \"{Name}\" USING fts5({ColumnList}, content='{Table}', content_rowid='Id', tokenize='{Tokenizer}')";
            yield return $"INSERT INTO \"{Name}\" (rowid, {ColumnList}) SELECT \"Id\", {Values($"\"{Table}\"")} FROM \"{Table}\"";
            foreach (var trigger in Triggers(deferrable: false))
            {
                yield return trigger;
            }
        }

        public IEnumerable<string> DeferrableTriggers()
        {
            foreach (var kind in new[] { "Insert", "Delete", "Update" })
            {
                yield return $"DROP TRIGGER \"{Name}_{kind}\"";
            }

            foreach (var trigger in Triggers(deferrable: true))
            {
                yield return trigger;
            }
        }

        // A scalar mark, not the triggers' EXISTS: the pending rows are then read as a range of ids, not by a scan.
        public string WriteDeferred() =>
            $"INSERT INTO \"{Name}\" (rowid, {ColumnList}) SELECT \"Id\", {Values($"\"{Table}\"")} FROM \"{Table}\" WHERE \"Id\" > (SELECT \"{MarkColumn}\" FROM \"{DeferralTable}\")";

        private string Pending(string row) =>
            $"EXISTS (SELECT 1 FROM \"{DeferralTable}\" WHERE {row}.\"Id\" > \"{MarkColumn}\")";

        private IEnumerable<string> Triggers(bool deferrable)
        {
            string When(string row) => deferrable ? $" WHEN NOT {Pending(row)}" : "";

            yield return $"""
                CREATE TRIGGER "{Name}_Insert" AFTER INSERT ON "{Table}"{When("new")} BEGIN
                    INSERT INTO "{Name}" (rowid, {ColumnList}) VALUES (new."Id", {Values("new")});
                END
                """;
            yield return $"""
                CREATE TRIGGER "{Name}_Delete" AFTER DELETE ON "{Table}"{When("old")} BEGIN
                    INSERT INTO "{Name}" ("{Name}", rowid, {ColumnList}) VALUES ('delete', old."Id", {Values("old")});
                END
                """;
            yield return $"""
                CREATE TRIGGER "{Name}_Update" AFTER UPDATE OF {ColumnList} ON "{Table}"{When("old")} BEGIN
                    INSERT INTO "{Name}" ("{Name}", rowid, {ColumnList}) VALUES ('delete', old."Id", {Values("old")});
                    INSERT INTO "{Name}" (rowid, {ColumnList}) VALUES (new."Id", {Values("new")});
                END
                """;
        }

        private string Values(string row) => string.Join(", ", Columns.Select(c => Folded($"{row}.\"{c}\"")));
    }

    // One character for one, so the index's token positions still fall on the stored text's words for snippets.
    private static string Folded(string column) => $"replace(replace({column}, 'Đ', 'D'), 'đ', 'd')";
}
