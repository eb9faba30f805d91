using System.CommandLine;
using System.Text;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Web.Features.Accounts;
using BalkanMeetings.Web.Infrastructure;

namespace BalkanMeetings.Web.Cli;

/// <summary>
/// <c>users add &lt;email&gt; --role Admin|Editor --name &lt;name&gt;</c> and <c>users list</c>: the first admin is made
/// here, since the site has no default account. The password comes from <c>BALKAN_ADMIN_PASSWORD</c> or standard
/// input, never from the command line, where other users of the machine could read it.
/// </summary>
public static class UsersVerb
{
    public const string PasswordVariable = "BALKAN_ADMIN_PASSWORD";

    internal static Command Create(CommandLineVerbs.VerbContext context)
    {
        var database = new Option<string?>("--db") { Description = $"SQLite database file (default: the app's, {AppPaths.DefaultDatabase} under the current folder).", Recursive = true };

        var email = new Argument<string>("email") { Description = "The e-mail address the person signs in with." };
        var role = new Option<string>("--role") { Description = "Admin (manages editors) or Editor.", Required = true };
        role.AcceptOnlyFromAmong([.. EditorRoles.All]);
        var name = new Option<string>("--name") { Description = "The name histories and recent changes show to every reader (never the e-mail address).", Required = true };
        var add = new Command("add", $"Add an account; the password is read from {PasswordVariable} or else from standard input.") { email, role, name };
        add.SetAction((result, cancellationToken) => AddAsync(
            context, result.GetValue(database), result.GetRequiredValue(email), result.GetRequiredValue(role), result.GetRequiredValue(name), cancellationToken));

        var list = new Command("list", "List the accounts with their roles and whether they are disabled.");
        list.SetAction((result, cancellationToken) => ListAsync(context, result.GetValue(database), cancellationToken));

        return new Command("users", "Manage editors' accounts.") { database, add, list };
    }

    private static async Task<int> AddAsync(CommandLineVerbs.VerbContext context, string? databaseFile, string email, string role, string name, CancellationToken cancellationToken)
    {
        var password = context.Configuration[PasswordVariable];
        if (string.IsNullOrEmpty(password))
        {
            await context.Error.WriteAsync($"Password for {email} (or set {PasswordVariable}): ");
            password = ReadPassword(context.Input);
            await context.Error.WriteLineAsync();
        }

        if (string.IsNullOrEmpty(password))
        {
            await context.Error.WriteLineAsync($"error: no password given; set {PasswordVariable} or type it on standard input.");
            return CommandLineVerbs.Fatal;
        }

        return await WithAccountsAsync(context, databaseFile, async accounts =>
        {
            var problems = await accounts.AddAsync(email, name, role, password);
            foreach (var problem in problems)
            {
                await context.Error.WriteLineAsync($"error: {problem.Message}");
            }

            if (problems.Count > 0)
            {
                return CommandLineVerbs.Failed;
            }

            await context.Output.WriteLineAsync($"Added {email} as {role}.");
            return 0;
        }, cancellationToken);
    }

    private static Task<int> ListAsync(CommandLineVerbs.VerbContext context, string? databaseFile, CancellationToken cancellationToken) =>
        WithAccountsAsync(context, databaseFile, async accounts =>
        {
            foreach (var account in await accounts.ListAsync(cancellationToken))
            {
                await context.Output.WriteLineAsync($"{account.Email}\t{account.Role}\t{account.DisplayName}{(account.IsDisabled ? "\tdisabled" : string.Empty)}");
            }

            return 0;
        }, cancellationToken);

    private static async Task<int> WithAccountsAsync(
        CommandLineVerbs.VerbContext context, string? databaseFile, Func<EditorAccounts, Task<int>> action, CancellationToken cancellationToken)
    {
        if (await CommandLineVerbs.DatabaseAsync(context, databaseFile) is not { } database)
        {
            return CommandLineVerbs.Fatal;
        }

        var services = new ServiceCollection()
            .AddSingleton(context.LoggerFactory)
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddBalkanMeetingsData(database)
            .AddScoped<EditorAccounts>();
        services.AddEditorAccountStore();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        try
        {
            // The accounts live in the app's database; a new one gets the whole schema first.
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
            return await action(scope.ServiceProvider.GetRequiredService<EditorAccounts>());
        }
        catch (Exception e) when (StartupChecks.Reason(e, database.Describe()) is { } reason)
        {
            await context.Error.WriteLineAsync($"error: {reason}");
            return CommandLineVerbs.Fatal;
        }
    }

    // Typed at a terminal, the password is not echoed; piped in, it is the first line.
    private static string? ReadPassword(TextReader input)
    {
        if (input != Console.In || Console.IsInputRedirected)
        {
            return input.ReadLine();
        }

        var password = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                password.Length = Math.Max(0, password.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        return password.ToString();
    }
}
