using BalkanMeetings.Web.Cli;

namespace BalkanMeetings.Web.Tests.Cli;

public sealed class UsersVerbTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("bm-users-");

    private string Database => Path.Combine(_folder.FullName, "users.db");

    [Fact]
    public async Task Add_reads_the_password_from_BALKAN_ADMIN_PASSWORD_and_list_shows_the_account()
    {
        var settings = new Dictionary<string, string?> { [UsersVerb.PasswordVariable] = "a long admin password" };

        var (code, output, error) = await RunAsync(string.Empty, settings, "users", "add", "admin@example.org", "--role", "Admin", "--name", "Ada Admin", "--db", Database);

        Assert.Equal(0, code);
        Assert.Equal("Added admin@example.org as Admin.", output.Trim());
        Assert.DoesNotContain("a long admin password", output + error, StringComparison.Ordinal);
        var (_, listed, _) = await RunAsync(string.Empty, null, "users", "list", "--db", Database);
        Assert.Equal("admin@example.org\tAdmin\tAda Admin", listed.Trim());
    }

    [Fact]
    public async Task Add_reads_the_password_from_standard_input_when_the_variable_is_not_set()
    {
        var (code, output, error) = await RunAsync("a long editor password\n", null, "users", "add", "ed@example.org", "--role", "Editor", "--name", "Some Editor", "--db", Database);

        Assert.Equal(0, code);
        Assert.Contains("Added ed@example.org as Editor.", output, StringComparison.Ordinal);
        Assert.Contains("Password for ed@example.org", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weak_password_a_taken_address_and_no_password_are_clear_errors()
    {
        var (weak, _, weakError) = await RunAsync("short\n", null, "users", "add", "a@example.org", "--role", "Editor", "--name", "Some Editor", "--db", Database);
        Assert.Equal(CommandLineVerbs.Failed, weak);
        Assert.Contains("at least 12 characters", weakError, StringComparison.Ordinal);

        await RunAsync("a long enough password\n", null, "users", "add", "b@example.org", "--role", "Editor", "--name", "Some Editor", "--db", Database);
        var (taken, _, takenError) = await RunAsync("another long password\n", null, "users", "add", "b@example.org", "--role", "Admin", "--name", "Some Editor", "--db", Database);
        Assert.Equal(CommandLineVerbs.Failed, taken);
        Assert.Contains("An account with this e-mail address exists already.", takenError, StringComparison.Ordinal);

        var (none, _, noneError) = await RunAsync(string.Empty, null, "users", "add", "c@example.org", "--role", "Editor", "--name", "Some Editor", "--db", Database);
        Assert.Equal(CommandLineVerbs.Fatal, none);
        Assert.Contains("no password given", noneError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_role_is_refused_and_the_password_is_not_an_option()
    {
        var (role, _, roleError) = await RunAsync("a long enough password\n", null, "users", "add", "r@example.org", "--role", "Owner", "--name", "Some Editor", "--db", Database);
        Assert.NotEqual(0, role);
        Assert.Contains("Owner", roleError, StringComparison.Ordinal);

        var (password, _, _) = await RunAsync(string.Empty, null, "users", "add", "p@example.org", "--role", "Editor", "--name", "Some Editor", "--password", "on the command line", "--db", Database);
        Assert.NotEqual(0, password);
    }

    [Fact]
    public async Task A_name_is_required_and_may_not_be_an_e_mail_address()
    {
        var (missing, _, missingError) = await RunAsync("a long enough password\n", null, "users", "add", "n@example.org", "--role", "Editor", "--db", Database);
        Assert.NotEqual(0, missing);
        Assert.Contains("--name", missingError, StringComparison.Ordinal);

        var (address, _, addressError) = await RunAsync("a long enough password\n", null, "users", "add", "n@example.org", "--role", "Editor", "--name", "n@example.org", "--db", Database);
        Assert.Equal(CommandLineVerbs.Failed, address);
        Assert.Contains("not an e-mail address", addressError, StringComparison.Ordinal);

        var (_, listed, _) = await RunAsync(string.Empty, null, "users", "list", "--db", Database);
        Assert.Equal(string.Empty, listed.Trim());
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string input, Dictionary<string, string?>? settings, params string[] args)
    {
        using var reader = new StringReader(input);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLineVerbs.RunAsync(args, reader, output, error, settings);
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
