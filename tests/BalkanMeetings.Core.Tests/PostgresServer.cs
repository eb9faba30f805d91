using BalkanMeetings.Core.Data;
using Npgsql;

namespace BalkanMeetings.Core.Tests;

/// <summary>
/// The PostgreSQL server the PostgreSQL tests use, named by <see cref="Variable"/> (<c>.ci/postgres start DIR</c>
/// starts a throwaway one and prints its connection string). Without it the tests report themselves skipped, except
/// under CI (CI=true), where a missing server fails them: CI always starts one.
/// </summary>
internal static class PostgresServer
{
    public const string Variable = "BALKANMEETINGS_TEST_POSTGRES";

    public static string? AdminConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static string? SkipReason =>
        AdminConnectionString is not null || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"No PostgreSQL server: set {Variable} to a superuser's connection string (.ci/postgres start DIR prints one).";

    /// <summary>A new, empty database of its own on the server, dropped on dispose, so tests never see each other's rows.</summary>
    public static async Task<PostgresTestDatabase> CreateDatabaseAsync()
    {
        var database = ReserveDatabase();
        await database.CreateAsync();
        return database;
    }

    /// <summary>A database name of the test's own on the server, not created yet (<see cref="PostgresTestDatabase.CreateAsync"/>).</summary>
    public static PostgresTestDatabase ReserveDatabase()
    {
        var admin = AdminConnectionString
            ?? throw new InvalidOperationException($"The PostgreSQL tests need a server: {Variable} is not set.");
        var name = "bm_test_" + Guid.NewGuid().ToString("N");
        return new PostgresTestDatabase(admin, name, new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString());
    }
}

/// <summary>One test's database on the <see cref="PostgresServer"/>.</summary>
internal sealed class PostgresTestDatabase(string adminConnectionString, string name, string connectionString) : Data.ITestDatabase
{
    public string ConnectionString { get; } = connectionString;

    public DatabaseSettings Settings => new(DatabaseProvider.PostgreSQL, ConnectionString);

    public async Task CreateAsync()
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    public BalkanMeetingsDbContext CreateContext() => PostgresDatabase.CreateContext(ConnectionString);

    public async Task<IReadOnlyList<string>> MigrateAsync()
    {
        await using var db = CreateContext();
        return await new DatabaseInitializer(db).MigrateAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>
/// A test against a real PostgreSQL server (<see cref="PostgresServer"/>). Its class carries
/// <c>[Trait("Category", "PostgreSQL")]</c>, so <c>dotnet test --filter Category=PostgreSQL</c> picks it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = PostgresServer.SkipReason;
}
