using BalkanMeetings.Core.Data;
using Microsoft.Data.Sqlite;

namespace BalkanMeetings.Core.Tests.Data;

/// <summary>A real SQLite file in its own temporary directory, deleted with the directory on dispose.</summary>
internal sealed class TestDatabase : ITestDatabase, IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("bm-data-");

    public TestDatabase()
    {
        FilePath = Path.Combine(_directory.FullName, "balkan-meetings.db");
        // No pooling: a pooled connection would keep the file open after the test and block the clean-up.
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString();
    }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public DatabaseSettings Settings => new(DatabaseProvider.Sqlite, ConnectionString);

    public BalkanMeetingsDbContext CreateContext() => SqliteDatabase.CreateContext(ConnectionString);

    public async Task<IReadOnlyList<string>> MigrateAsync()
    {
        await using var db = CreateContext();
        return await new DatabaseInitializer(db).MigrateAsync(CancellationToken.None);
    }

    /// <summary>Runs <paramref name="sql"/> on a plain connection (no EF, no interceptor) and returns every row.</summary>
    public async Task<List<object?[]>> QueryAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        return await QueryAsync(connection, sql, parameters);
    }

    public static async Task<List<object?[]>> QueryAsync(
        SqliteConnection connection,
        string sql,
        params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var rows = new List<object?[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public void Dispose() => _directory.Delete(recursive: true);

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
