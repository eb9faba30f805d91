using BalkanMeetings.Core.Data.Migrations;
using BalkanMeetings.Core.Search;
using BalkanMeetings.Core.Tests.Data;
using BalkanMeetings.Core.Tests.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Tests.Search;

/// <summary>
/// The import writes the full-text rows of what it inserts once per transaction (<see cref="SqliteFullText"/>): the
/// index must end up exactly as indexing every row afresh would make it, whatever the import did to its rows first.
/// </summary>
public sealed class SqliteSearchDeferralTests : IDisposable
{
    private static readonly string[] Indexes = ["ArticleSearch", "MeetingSearch"];

    private readonly ImportHarness _harness = new();

    [DevCorpusFact]
    public async Task An_import_and_an_import_of_changed_files_leave_the_index_as_indexing_afresh_would()
    {
        var articles = new[] { TestPaths.SeedsFolder, TestPaths.DevFolder, TestPaths.Dev2Folder }
            .SelectMany(folder => Directory.GetFiles(folder, "*.txt"))
            .ToList();
        for (var i = 0; i < articles.Count; i++)
        {
            File.Copy(articles[i], Path.Combine(_harness.Folder, $"{i:D3}_{Path.GetFileName(articles[i])}"));
        }

        // An article refused at its last write (its flag: Stoltenberg no longer held the office), after its own
        // article and meeting rows were inserted.
        _harness.Write("zz_refused.txt", "NATO Secretary General Jens Stoltenberg met Prime Minister Edi Rama in Tirana on 4 March 2025. Quokka.");
        await _harness.Database.MigrateAsync();
        await _harness.Database.QueryAsync(
            """
            CREATE TRIGGER refuse_one BEFORE INSERT ON ReviewFlags
            WHEN (SELECT FileName FROM Articles WHERE Id = new.ArticleId) = 'zz_refused.txt'
            BEGIN SELECT RAISE(ABORT, 'refused'); END
            """);

        var first = await _harness.ImportAsync();
        Assert.Equal(["zz_refused.txt"], first.Failed.Select(f => f.FileName));
        await AssertIndexedAsIfAfreshAsync();

        // Changed in place: a word added to some, others rewritten with another article's text.
        var stored = Directory.GetFiles(_harness.Folder).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < stored.Count - 2; i += 3)
        {
            File.AppendAllText(stored[i], "\n\nUpdated: the talks also covered the Wombat initiative.\n");
            File.Copy(stored[i + 1], stored[i + 2], overwrite: true);
        }

        var second = await _harness.ImportAsync();
        Assert.True(second.Updated > 0);
        await AssertIndexedAsIfAfreshAsync();

        await using var db = _harness.Database.CreateContext();
        var index = new SqliteSearchIndex(db);
        Assert.NotEmpty(await index.MeetingsMatching(SearchQuery.Parse("wombat")).ToListAsync());
        Assert.Empty(await index.MeetingsMatching(SearchQuery.Parse("quokka")).ToListAsync());
    }

    [Fact]
    public async Task Rows_inserted_changed_and_deleted_under_a_deferral_are_indexed_as_they_stand_when_it_is_written()
    {
        await _harness.Database.MigrateAsync();
        await SearchIndexTests.AddReportedMeetingAsync(_harness.Database, "Before", "Stored earlier, in Skopje.");

        await using (var connection = new SqliteConnection(_harness.Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await ExecuteAsync(connection, SqliteFullText.DeferStatement);
            await ExecuteAsync(
                connection,
                """
                INSERT INTO Articles (FileName, ContentHash, Title, OriginalText, NormalisedText, EncodingRepaired, ImportedAtUtc)
                VALUES ('pending.md', 'p', 'Pending', 'Talks in Tirana.', 'Talks in Tirana.', 0, '2026-01-01'),
                       ('dropped.md', 'd', 'Dropped', 'Talks in Podgorica.', 'Talks in Podgorica.', 0, '2026-01-01');
                UPDATE Articles SET NormalisedText = 'Talks in Sarajevo.' WHERE FileName = 'pending.md';
                DELETE FROM Articles WHERE FileName = 'dropped.md';
                UPDATE Articles SET NormalisedText = 'Stored earlier, now in Pristina.' WHERE FileName <> 'pending.md';
                """);

            // Until it is written, a pending row is not in the index; a stored row changed meanwhile is, as it now reads.
            Assert.Empty(await MatchesAsync(connection, "sarajevo"));
            Assert.Single(await MatchesAsync(connection, "pristina"));

            await ExecuteAsync(connection, SqliteFullText.WriteDeferredStatements);
            await transaction.CommitAsync();
        }

        await AssertIndexedAsIfAfreshAsync();
        await using var db = _harness.Database.CreateContext();
        var articles = await db.Articles.ToDictionaryAsync(a => a.FileName, a => a.Id);
        await using var check = new SqliteConnection(_harness.Database.ConnectionString);
        await check.OpenAsync();
        Assert.Equal([articles["pending.md"]], await MatchesAsync(check, "sarajevo"));
        Assert.Empty(await MatchesAsync(check, "tirana"));
        Assert.Empty(await MatchesAsync(check, "podgorica"));
        Assert.Equal([articles.Values.Single(id => id != articles["pending.md"])], await MatchesAsync(check, "pristina"));
        Assert.Empty(await MatchesAsync(check, "skopje"));
    }

    [Fact]
    public async Task A_deferral_rolled_back_with_its_transaction_leaves_other_writers_indexing_as_before()
    {
        await _harness.Database.MigrateAsync();
        await using (var connection = new SqliteConnection(_harness.Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await ExecuteAsync(connection, SqliteFullText.DeferStatement);
            await transaction.RollbackAsync();
        }

        await SearchIndexTests.AddReportedMeetingAsync(_harness.Database, "After", "Written by an editor in Skopje.");

        Assert.Equal(0, await _harness.CountAsync(SqliteFullText.DeferralTable));
        await using var check = new SqliteConnection(_harness.Database.ConnectionString);
        await check.OpenAsync();
        Assert.Single(await MatchesAsync(check, "skopje"));
        await AssertIndexedAsIfAfreshAsync();
    }

    /// <summary>
    /// Compares every indexed word, with its row, column and position, against a copy of the database whose index was
    /// emptied and filled again from its tables by the statements migration 0002 indexed existing rows with.
    /// </summary>
    private async Task AssertIndexedAsIfAfreshAsync()
    {
        Assert.Equal(0, await _harness.CountAsync(SqliteFullText.DeferralTable));
        var copy = _harness.Database.FilePath + ".afresh";
        await _harness.Database.QueryAsync("VACUUM INTO $path", ("$path", copy));
        try
        {
            await using (var afresh = new SqliteConnection($"Data Source={copy};Pooling=False"))
            {
                await afresh.OpenAsync();
                foreach (var index in Indexes)
                {
                    await ExecuteAsync(afresh, $"INSERT INTO \"{index}\" (\"{index}\") VALUES ('delete-all')");
                }

                foreach (var fill in SqliteFullText.CreateStatements.Where(s => s.StartsWith("INSERT INTO", StringComparison.Ordinal)))
                {
                    await ExecuteAsync(afresh, fill);
                }

                await using var live = new SqliteConnection(_harness.Database.ConnectionString);
                await live.OpenAsync();
                foreach (var index in Indexes)
                {
                    var expected = await WordsAsync(afresh, index);
                    Assert.NotEmpty(expected);
                    Assert.Equal(expected, await WordsAsync(live, index));
                }
            }
        }
        finally
        {
            File.Delete(copy);
        }
    }

    private static async Task<List<string>> WordsAsync(SqliteConnection connection, string index)
    {
        await ExecuteAsync(connection, $"CREATE VIRTUAL TABLE IF NOT EXISTS temp.\"{index}Words\" USING fts5vocab(main, '{index}', 'instance')");
        var rows = await TestDatabase.QueryAsync(connection, $"SELECT term, doc, col, offset FROM temp.\"{index}Words\" ORDER BY doc, col, offset");
        return [.. rows.Select(r => string.Join(' ', r))];
    }

    private static async Task<List<long>> MatchesAsync(SqliteConnection connection, string word) =>
        [.. (await TestDatabase.QueryAsync(connection, "SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH $w ORDER BY rowid", ("$w", word))).Select(r => (long)r[0]!)];

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose() => _harness.Dispose();
}
