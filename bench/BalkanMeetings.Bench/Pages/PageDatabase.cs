using System.Diagnostics;
using System.Globalization;
using BalkanMeetings.Bench.Corpus;
using BalkanMeetings.Core.Import;
using BalkanMeetings.Core.Reference;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BalkanMeetings.Bench.Pages;

/// <summary>How big the benchmark database is.</summary>
internal sealed record DatasetSize(int Meetings, int Articles, int People, int PeopleInMeetings, int Participations, int ImportedArticles, int ImportedMeetings);

/// <summary>
/// The database the page benchmark serves: a generated corpus imported by the real importer, then its meetings
/// copied until there are enough (see docs/benchmarks.md, "Page benchmark", for why copies are needed).
/// </summary>
internal static class PageDatabase
{
    /// <summary>Marks copied articles' file names, which must stay unique.</summary>
    private static string CopySuffix(int round) => string.Create(CultureInfo.InvariantCulture, $" (copy {round})");

    /// <summary>The file at <paramref name="path"/> if it already holds enough meetings, else a new one built there.</summary>
    public static async Task<DatasetSize> EnsureAsync(
        string path, int meetings, int articles, int seed, string referenceFolder, CancellationToken cancellationToken)
    {
        if (File.Exists(path))
        {
            var existing = await SizeAsync(path, cancellationToken);
            if (existing.Meetings >= meetings)
            {
                // A database built by an earlier build of the app lacks its later migrations; the app would add them
                // on start, but the bench reads the data before that.
                await MigrateAsync(path, cancellationToken);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Reusing {path}: {existing.Meetings:N0} meetings, {existing.Articles:N0} articles."));
                return existing;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{path} holds {existing.Meetings:N0} meetings, fewer than {meetings:N0}: building it again."));
            Delete(path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var corpus = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "pages-corpus");
        var clock = Stopwatch.StartNew();
        var holders = OfficeHolders.From(await ReferenceFiles.LoadAsync(referenceFolder, cancellationToken));
        new CorpusGenerator(holders, seed).WriteCorpus(corpus, articles, cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generated {articles:N0} articles (seed {seed}) in {corpus} in {clock.Elapsed.TotalSeconds:0} s."));

        clock.Restart();
        var summary = await ImportAsync(path, corpus, referenceFolder, cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Imported {summary.Imported:N0} articles ({summary.Failed.Count:N0} refused) into {summary.MeetingsCreated:N0} meetings in {clock.Elapsed.TotalSeconds:0} s."));

        clock.Restart();
        await CopyMeetingsAsync(path, meetings, cancellationToken);
        var size = await SizeAsync(path, cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Copied meetings up to {size.Meetings:N0} ({size.Articles:N0} articles) in {clock.Elapsed.TotalSeconds:0} s."));
        return size;
    }

    public static async Task<DatasetSize> SizeAsync(string path, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(path, cancellationToken);
        async Task<int> Count(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        return new DatasetSize(
            await Count("""SELECT count(*) FROM "Meetings" """),
            await Count("""SELECT count(*) FROM "Articles" """),
            await Count("""SELECT count(*) FROM "People" """),
            await Count("""SELECT count(DISTINCT "PersonId") FROM "Participations" """),
            await Count("""SELECT count(*) FROM "Participations" """),
            await Count("""SELECT count(*) FROM "Articles" WHERE "FileName" NOT LIKE '% (copy %)'"""),
            await Count("""
                SELECT count(*) FROM "Meetings" AS m WHERE NOT EXISTS (
                    SELECT 1 FROM "MeetingSources" AS s JOIN "Articles" AS a ON a."Id" = s."ArticleId"
                    WHERE s."MeetingId" = m."Id" AND a."FileName" LIKE '% (copy %)')
                """));
    }

    private static async Task MigrateAsync(string path, CancellationToken cancellationToken)
    {
        await using var db = BenchDatabase.Open(path);
        await db.Database.MigrateAsync(cancellationToken);
    }

    private static async Task<ImportSummary> ImportAsync(string path, string corpus, string referenceFolder, CancellationToken cancellationToken)
    {
        await using var db = BenchDatabase.Open(path);
        var runner = new ImportRunner(db, NullLoggerFactory.Instance, TimeProvider.System);
        var reference = await runner.PrepareAsync(referenceFolder, cancellationToken);
        return await runner.ImportFolderAsync(corpus, reference, progress: null, cancellationToken);
    }

    /// <summary>
    /// Copies the imported meetings, whole rounds at a time and the first meetings of a last round, until there are
    /// <paramref name="target"/>. A copy keeps its meeting's date, countries, people, topics, initiatives and review
    /// flags, and comes with copies of its articles, so the list, the facets and the search index all grow alike.
    /// Quotes, tables and source spans are not copied: the list and search pages do not read them.
    /// </summary>
    /// <remarks>
    /// Built for a million meetings: every copy is one <c>INSERT … SELECT</c> per table and round, all rounds in one
    /// transaction with the rollback journal in memory (the file is rebuilt, never repaired, if the build fails), and
    /// the copied tables' indexes dropped first and created again at the end, which sorts each once instead of
    /// updating it row by row. The full-text indexes are kept up to date by the schema's triggers as rows arrive.
    /// </remarks>
    private static async Task CopyMeetingsAsync(string path, int target, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(path, cancellationToken);
        async Task<long> Scalar(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        async Task Execute(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var imported = await Scalar("""SELECT count(*) FROM "Meetings" """);
        if (imported == 0)
        {
            throw new InvalidOperationException("The import stored no meetings; nothing to copy.");
        }

        // Copy r of a row gets the row's id plus r times the highest imported id, so every reference is shifted alike.
        var articleStep = await Scalar("""SELECT max("Id") FROM "Articles" """);
        var meetingStep = await Scalar("""SELECT max("Id") FROM "Meetings" """);
        var participationStep = await Scalar("""SELECT coalesce(max("Id"), 0) FROM "Participations" """);
        var flagStep = await Scalar("""SELECT coalesce(max("Id"), 0) FROM "ReviewFlags" """);

        await Execute("""CREATE TEMP TABLE "CopyMeetings" ("Id" INTEGER PRIMARY KEY); CREATE TEMP TABLE "CopyArticles" ("Id" INTEGER PRIMARY KEY);""");
        await Execute("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;");
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var indexes = await DropIndexesAsync(connection, CopiedTables, cancellationToken);
        var clock = Stopwatch.StartNew();
        var count = imported;
        for (var round = 1; count < target; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var take = Math.Min(imported, target - count);
            string Shift(string column, long step) => string.Create(CultureInfo.InvariantCulture, $"\"{column}\" + {round * step}");
            var article = Shift("ArticleId", articleStep);
            var meeting = Shift("MeetingId", meetingStep);

            await Execute(string.Create(CultureInfo.InvariantCulture, $"""
                DELETE FROM "CopyMeetings"; DELETE FROM "CopyArticles";
                INSERT INTO "CopyMeetings" SELECT "Id" FROM "Meetings" WHERE "Id" <= {meetingStep} ORDER BY "Id" LIMIT {take};
                INSERT INTO "CopyArticles" SELECT DISTINCT "ArticleId" FROM "MeetingSources" WHERE "MeetingId" IN (SELECT "Id" FROM "CopyMeetings");
                """));

            var copiedArticles = "\"Id\" IN (SELECT \"Id\" FROM \"CopyArticles\")";
            var copiedMeetings = "\"Id\" IN (SELECT \"Id\" FROM \"CopyMeetings\")";
            var ofCopiedMeetings = "\"MeetingId\" IN (SELECT \"Id\" FROM \"CopyMeetings\")";
            await CopyRowsAsync(connection, "Articles", copiedArticles, cancellationToken,
                ("Id", Shift("Id", articleStep)),
                ("FileName", $"\"FileName\" || '{CopySuffix(round)}'"));
            await CopyRowsAsync(connection, "Meetings", copiedMeetings, cancellationToken, ("Id", Shift("Id", meetingStep)));
            await CopyRowsAsync(connection, "MeetingCountries", ofCopiedMeetings, cancellationToken, ("MeetingId", meeting));
            await CopyRowsAsync(connection, "MeetingTopics", ofCopiedMeetings, cancellationToken, ("MeetingId", meeting));
            await CopyRowsAsync(connection, "MeetingInitiatives", ofCopiedMeetings, cancellationToken, ("MeetingId", meeting));
            await CopyRowsAsync(connection, "MeetingSources", ofCopiedMeetings, cancellationToken, ("MeetingId", meeting), ("ArticleId", article));
            // Rows to copy are imported ones, found by a range of ids: the indexes that would find them are dropped.
            await CopyRowsAsync(connection, "Participations", string.Create(CultureInfo.InvariantCulture, $"\"Id\" <= {participationStep} AND {ofCopiedMeetings}"), cancellationToken,
                ("Id", Shift("Id", participationStep)), ("MeetingId", meeting), ("ArticleId", article));
            await CopyRowsAsync(connection, "ReviewFlags",
                string.Create(CultureInfo.InvariantCulture, $"\"Id\" <= {flagStep} AND ({ofCopiedMeetings} OR (\"MeetingId\" IS NULL AND \"ArticleId\" IN (SELECT \"Id\" FROM \"CopyArticles\")))"),
                cancellationToken,
                ("Id", Shift("Id", flagStep)),
                ("MeetingId", meeting),
                ("ArticleId", article),
                ("RecordId", string.Create(CultureInfo.InvariantCulture, $"""
                    CASE "RecordType" WHEN 'Article' THEN {Shift("RecordId", articleStep)} WHEN 'Meeting' THEN {Shift("RecordId", meetingStep)}
                    WHEN 'Participation' THEN {Shift("RecordId", participationStep)} ELSE "RecordId" END
                    """)));
            count += take;
            if (round % 10 == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count:N0} meetings after {clock.Elapsed.TotalSeconds:0} s"));
            }
        }

        clock.Restart();
        foreach (var index in indexes)
        {
            await Execute(index);
        }

        await transaction.CommitAsync(cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {indexes.Count} indexes created again in {clock.Elapsed.TotalSeconds:0} s"));
        await Execute("PRAGMA journal_mode = WAL;");
    }

    private static readonly string[] CopiedTables =
        ["Articles", "Meetings", "MeetingCountries", "MeetingTopics", "MeetingInitiatives", "MeetingSources", "Participations", "ReviewFlags"];

    /// <summary>Drops the tables' own indexes (not those of their keys and constraints) and returns the SQL that creates them.</summary>
    private static async Task<List<string>> DropIndexesAsync(SqliteConnection connection, string[] tables, CancellationToken cancellationToken)
    {
        var indexes = new List<(string Name, string Sql)>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({string.Join(", ", tables.Select(t => $"'{t}'"))})";
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            await using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP INDEX \"{name}\"";
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        return indexes.Select(i => i.Sql).ToList();
    }

    /// <summary>
    /// Inserts copies of a table's rows with some columns computed; the other columns are read from the table
    /// itself, so a column added by a later migration is copied without changing this code.
    /// </summary>
    private static async Task CopyRowsAsync(
        SqliteConnection connection, string table, string where, CancellationToken cancellationToken, params (string Column, string Value)[] computed)
    {
        var columns = new List<string>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT name FROM pragma_table_info($table)";
            read.Parameters.AddWithValue("$table", table);
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                columns.Add(reader.GetString(0));
            }
        }

        var values = computed.ToDictionary(c => c.Column, c => c.Value, StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"SELECT {string.Join(", ", columns.Select(c => values.GetValueOrDefault(c, $"\"{c}\"")))} FROM \"{table}\" WHERE {where}";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<SqliteConnection> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(BenchDatabase.ConnectionString(path));
        await connection.OpenAsync(cancellationToken);
        await using var pragmas = connection.CreateCommand();
        pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
        await pragmas.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private static void Delete(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
