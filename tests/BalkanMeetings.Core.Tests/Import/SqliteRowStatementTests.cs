using BalkanMeetings.Core.Import;
using Microsoft.Data.Sqlite;

namespace BalkanMeetings.Core.Tests.Import;

public sealed class SqliteRowStatementTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteRowStatementTests()
    {
        _connection.Open();
        Run("CREATE TABLE \"Values\" (\"Id\" INTEGER PRIMARY KEY, \"Value\")");
    }

    public static TheoryData<object?> Values() =>
    [
        null,
        "Đukanović met “Rutte”",
        string.Empty,
        42,
        -7L,
        true,
        false,
        0.25,
        new DateOnly(2021, 2, 18),
        new DateTime(2026, 12, 7, 23, 19, 23, DateTimeKind.Utc).AddTicks(7_996_580),
        new DateTime(2026, 12, 7, 0, 0, 0, DateTimeKind.Unspecified),
    ];

    [Theory]
    [MemberData(nameof(Values))]
    public void A_value_is_stored_as_Microsoft_Data_Sqlite_stores_it(object? value)
    {
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "INSERT INTO \"Values\" (\"Id\", \"Value\") VALUES (1, @p0)";
            command.Parameters.AddWithValue("@p0", value ?? DBNull.Value);
            command.ExecuteNonQuery();
        }

        using (var statement = SqliteRowStatement.Prepare(_connection.Handle!, "INSERT INTO \"Values\" (\"Id\", \"Value\") VALUES (2, @p0)", 1))
        {
            statement.Run([value]);
        }

        Assert.Equal(Stored(1), Stored(2));
    }

    [Fact]
    public void Values_bind_to_their_parameters_by_number_whatever_order_the_statement_names_them_in()
    {
        using var statement = SqliteRowStatement.Prepare(
            _connection.Handle!, "INSERT INTO \"Values\" (\"Value\", \"Id\") VALUES (@p1 || '-' || @p2, @p0) RETURNING \"Id\"", 3);

        var id = statement.Run([5, "a", "b"]);

        Assert.Equal(5, id);
        Assert.Equal(("text", "'a-b'"), Stored(5));
    }

    [Fact]
    public void A_refused_row_throws_SQLites_error_and_leaves_the_statement_ready_for_the_next()
    {
        using var statement = SqliteRowStatement.Prepare(_connection.Handle!, "INSERT INTO \"Values\" (\"Id\", \"Value\") VALUES (@p0, @p1)", 2);
        statement.Run([1, "first"]);

        var refused = Assert.Throws<SqliteException>(() => statement.Run([1, "again"]));
        statement.Run([2, "second"]);

        Assert.Equal(19, refused.SqliteErrorCode);
        Assert.Equal(("text", "'second'"), Stored(2));
    }

    [Fact]
    public void A_value_of_a_type_it_does_not_know_is_refused_by_name()
    {
        using var statement = SqliteRowStatement.Prepare(_connection.Handle!, "INSERT INTO \"Values\" (\"Value\") VALUES (@p0)", 1);

        var refused = Assert.Throws<NotSupportedException>(() => statement.Run([Guid.Empty]));

        Assert.Contains("System.Guid", refused.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _connection.Dispose();

    private (string Type, string? Text) Stored(int id)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT typeof(\"Value\"), quote(\"Value\") FROM \"Values\" WHERE \"Id\" = {id}";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }

    private void Run(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
