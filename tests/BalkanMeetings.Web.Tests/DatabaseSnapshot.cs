using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace BalkanMeetings.Web.Tests;

/// <summary>
/// Every row of every table of the app's database (accounts, records, revisions, corrections, the search index's
/// own tables, SQLite's id counters), reduced to a row count and a hash per table: two snapshots differ exactly
/// where something was written in between.
/// </summary>
public sealed class DatabaseSnapshot
{
    private readonly SortedDictionary<string, string> _tables;

    private DatabaseSnapshot(SortedDictionary<string, string> tables) => _tables = tables;

    public static async Task<DatabaseSnapshot> TakeAsync(AppFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = app.DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        var names = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            // A virtual table (full-text search) is read through its shadow tables, which are listed themselves.
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        var tables = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            tables[name] = await DigestAsync(connection, name);
        }

        return new DatabaseSnapshot(tables);
    }

    /// <summary>The tables whose rows differ between the two snapshots.</summary>
    public IReadOnlyList<string> ChangedSince(DatabaseSnapshot earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return _tables.Keys.Union(earlier._tables.Keys)
            .Where(t => _tables.GetValueOrDefault(t) != earlier._tables.GetValueOrDefault(t))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static async Task<string> DigestAsync(SqliteConnection connection, string table)
    {
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT * FROM \"{table}\"";
        await using var reader = await select.ExecuteReaderAsync();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var value = reader.IsDBNull(i) ? null : reader.GetValue(i) switch
                {
                    byte[] bytes => Convert.ToHexString(bytes),
                    var other => Convert.ToString(other, CultureInfo.InvariantCulture),
                };

                // The length before each value (-1: null), so no two different rows run together into the same text.
                hash.AppendData(Encoding.UTF8.GetBytes($"{value?.Length ?? -1}:{value}|"));
            }
        }

        return $"{rows} rows, {Convert.ToHexString(hash.GetHashAndReset())}";
    }
}
