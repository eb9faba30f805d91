using System.Net;
using BalkanMeetings.Web.Cli;
using BalkanMeetings.Web.Features.Export;
using BalkanMeetings.Web.Tests.Features.Accounts;
using Microsoft.Data.Sqlite;

namespace BalkanMeetings.Web.Tests.Cli;

/// <summary>Moving a SQLite database into PostgreSQL with the <c>copy</c> verb (docs/deployment.md).</summary>
[Trait("Category", "PostgreSQL")]
public sealed class CopyVerbTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("bm-copy-");

    private string Database => Path.Combine(_folder.FullName, "app.db");

    [PostgresFact]
    public async Task Copy_moves_records_revisions_and_accounts_into_PostgreSQL_and_the_site_there_answers_as_before()
    {
        string csvBefore;
        await using (var onSqlite = new AppFactory { DatabasePath = Database })
        {
            using var editor = await EditorSession.SignInAsync(onSqlite, email: "erin@example.org");
            using var saved = await editor.PostFormAsync("/meetings/1/edit", "edit-meeting", new() { ["Input.City"] = ["Cetinje"], ["Input.Reason"] = ["City from the caption"] });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            csvBefore = await TextAsync(onSqlite, ExportEndpoints.CsvPath);
        }

        SqliteConnection.ClearAllPools();
        await using var database = await PostgresServer.CreateDatabaseAsync();
        var settings = new Dictionary<string, string?> { ["Database:Provider"] = "PostgreSQL", ["ConnectionStrings:BalkanMeetings"] = database.ConnectionString };

        var (code, output, error) = await RunAsync(settings, "copy", "--from", Database);

        Assert.True(code == 0, error);
        Assert.Contains("every count matches the source", output, StringComparison.Ordinal);
        Assert.Contains("Revisions\t1", output, StringComparison.Ordinal);
        Assert.Contains("AspNetUsers\t1", output, StringComparison.Ordinal);
        await using var onPostgres = new AppFactory { PostgresConnectionString = database.ConnectionString };
        Assert.Equal(csvBefore, await TextAsync(onPostgres, ExportEndpoints.CsvPath));
        using var session = EditorSession.Anonymous(onPostgres);
        using var signIn = await session.SignInAsync("erin@example.org", EditorSession.Password);
        Assert.NotNull(EditorSession.SignInCookie(signIn));
        using var newSave = await session.PostFormAsync("/meetings/2/edit", "edit-meeting", new() { ["Input.City"] = ["Budva"], ["Input.Reason"] = ["A new revision after the copy"] });
        Assert.Equal(HttpStatusCode.Redirect, newSave.StatusCode);

        var (again, _, refused) = await RunAsync(settings, "copy", "--from", Database);
        Assert.Equal(CommandLineVerbs.Fatal, again);
        Assert.Contains("already holds data", refused, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    private static async Task<string> TextAsync(AppFactory app, string url)
    {
        using var client = app.CreateClient();
        return await client.GetStringAsync(new Uri(url, UriKind.Relative));
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string?> settings, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLineVerbs.RunAsync(args, TextReader.Null, output, error, settings);
        return (code, output.ToString(), error.ToString());
    }
}
