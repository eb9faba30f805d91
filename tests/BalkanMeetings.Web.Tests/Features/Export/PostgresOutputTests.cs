using BalkanMeetings.Web.Features.Export;

namespace BalkanMeetings.Web.Tests.Features.Export;

/// <summary>The same articles on SQLite and on PostgreSQL give the same files, feeds and API answers, byte for byte.</summary>
[Trait("Category", "PostgreSQL")]
public sealed class PostgresOutputTests
{
    [PostgresFact]
    public async Task Exports_and_API_answers_are_byte_identical_on_both_providers()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        await using var onSqlite = new AppFactory();
        await using var onPostgres = new AppFactory { PostgresConnectionString = database.ConnectionString };
        string[] urls =
        [
            ExportEndpoints.CsvPath,
            ExportEndpoints.JsonPath,
            ExportEndpoints.CsvPath + "?country=BA&sort=oldest",
            ExportEndpoints.JsonPath + "?q=secretary&status=held",
            "/api/meetings",
            "/api/meetings?country=ME&official=Stoltenberg",
            "/api/meetings/1",
            "/api/countries",
            "/api/topics",
            "/api/initiatives",
            "/api/people",
        ];

        foreach (var url in urls)
        {
            var (fromSqlite, fromPostgres) = (await BytesAsync(onSqlite, url), await BytesAsync(onPostgres, url));

            Assert.True(fromSqlite.Length > 2, $"{url} answered nothing to compare");
            Assert.True(fromSqlite.AsSpan().SequenceEqual(fromPostgres), $"{url} differs between SQLite and PostgreSQL");
        }
    }

    private static async Task<byte[]> BytesAsync(AppFactory app, string url)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }
}
