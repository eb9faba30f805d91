using System.Text.Json;
using BalkanMeetings.Web.Cli;

namespace BalkanMeetings.Web.Tests.Cli;

public sealed class CommandLineVerbsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("bm-cli-");

    private static string Reference => Path.Combine(TestPaths.SeedsFolder, "reference");

    [Fact]
    public async Task Import_prints_a_summary_and_succeeds_on_the_seeds()
    {
        var (code, output, error) = await RunAsync("import", TestPaths.SeedsFolder, "--db", Database, "--reference", Reference);

        Assert.Equal(0, code);
        Assert.Contains("Articles read: 5, imported: 5, updated: 0, unchanged: 0, failed: 0", output, StringComparison.Ordinal);
        Assert.Contains("Meetings: 6 new", output, StringComparison.Ordinal);
        Assert.DoesNotContain("error", error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Import_names_failed_files_and_exits_with_1()
    {
        var articles = _folder.CreateSubdirectory("articles").FullName;
        File.Copy(Directory.GetFiles(TestPaths.SeedsFolder, "000_*.txt")[0], Path.Combine(articles, "good.txt"));
        await File.WriteAllTextAsync(Path.Combine(articles, "empty.txt"), string.Empty);

        var (code, output, _) = await RunAsync("import", articles, "--db", Database, "--reference", Reference);

        Assert.Equal(CommandLineVerbs.Failed, code);
        Assert.Contains("imported: 1", output, StringComparison.Ordinal);
        Assert.Contains("failed: empty.txt: empty.txt is empty.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_of_a_missing_folder_is_a_clear_error_without_a_stack_trace()
    {
        var (code, _, error) = await RunAsync("import", Path.Combine(_folder.FullName, "nowhere"), "--db", Database);

        Assert.Equal(CommandLineVerbs.Fatal, code);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_into_an_unusable_database_path_is_a_clear_error_without_a_stack_trace()
    {
        var blocker = Path.Combine(_folder.FullName, "a-file");
        await File.WriteAllTextAsync(blocker, "not a folder");

        var (code, _, error) = await RunAsync("import", TestPaths.SeedsFolder, "--db", Path.Combine(blocker, "app.db"), "--reference", Reference);

        Assert.Equal(CommandLineVerbs.Fatal, code);
        Assert.Contains("cannot use the database", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_prints_only_a_json_array_in_the_truth_shape()
    {
        var (code, output, _) = await RunAsync("extract", TestPaths.SeedsFolder, "--reference", Reference);

        Assert.Equal(0, code);
        var articles = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(5, articles.Count);
        var first = articles[0];
        Assert.Equal("000_114351d6d29dec76.txt", first.GetProperty("file").GetString());
        Assert.Equal("2024-12-16", first.GetProperty("meetings")[0].GetProperty("date").GetString());
        Assert.Equal(["file", "meetings", "topics", "initiatives", "inconsistencies", "mojibake"], first.EnumerateObject().Select(p => p.Name));
        Assert.False(File.Exists(Database));
    }

    [Fact]
    public async Task Extract_names_an_article_it_cannot_read_on_standard_error_and_still_prints_the_others()
    {
        var articles = _folder.CreateSubdirectory("articles").FullName;
        File.Copy(Directory.GetFiles(TestPaths.SeedsFolder, "000_*.txt")[0], Path.Combine(articles, "a-good.txt"));

        // A link to a file that is gone: listed with the articles, and any attempt to read it fails with an IOException.
        File.CreateSymbolicLink(Path.Combine(articles, "b-gone.txt"), Path.Combine(_folder.FullName, "nowhere.txt"));
        File.Copy(Directory.GetFiles(TestPaths.SeedsFolder, "001_*.txt")[0], Path.Combine(articles, "c-good.txt"));

        var (code, output, error) = await RunAsync("extract", articles, "--reference", Reference);

        Assert.Equal(CommandLineVerbs.Failed, code);
        Assert.Equal(["a-good.txt", "c-good.txt"], JsonDocument.Parse(output).RootElement.EnumerateArray().Select(a => a.GetProperty("file").GetString()));
        Assert.StartsWith("skipped b-gone.txt: it could not be read: ", error.Trim(), StringComparison.Ordinal);
    }

    private string Database => Path.Combine(_folder.FullName, "cli.db");

    [Theory]
    [InlineData("import")]
    [InlineData("users")]
    [InlineData("copy")]
    public async Task A_verb_on_a_PostgreSQL_server_it_cannot_reach_says_so_in_one_line_with_exit_code_2(string verb)
    {
        var port = Startup.StartupFailureTests.ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSQL",
            ["ConnectionStrings:BalkanMeetings"] = $"Host=127.0.0.1;Port={port};Database=bm;Username=bm;Password=s3cret-pw;Timeout=3",
        };
        if (verb == "copy")
        {
            // A file worth copying, so the copy gets as far as the target.
            Assert.Equal(0, (await RunAsync("import", TestPaths.SeedsFolder, "--db", Database, "--reference", Reference)).Code);
        }

        string[] args = verb switch
        {
            "import" => ["import", TestPaths.SeedsFolder, "--reference", Reference],
            "users" => ["users", "list"],
            _ => ["copy", "--from", Database],
        };

        var (code, output, error) = await RunAsync(settings, args);

        Assert.Equal(CommandLineVerbs.Fatal, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"PostgreSQL database 'bm' on 127.0.0.1:{port} cannot be reached", line, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", output + error, StringComparison.Ordinal);
    }

    private static Task<(int Code, string Output, string Error)> RunAsync(params string[] args) => RunAsync(settings: null, args);

    private static async Task<(int Code, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string?>? settings, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLineVerbs.RunAsync(args, TextReader.Null, output, error, settings);
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
