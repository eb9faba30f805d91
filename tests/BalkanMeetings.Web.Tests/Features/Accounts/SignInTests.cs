using System.Net;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Web.Features.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace BalkanMeetings.Web.Tests.Features.Accounts;

public abstract class SignInTests(DatabaseProvider provider)
{
    [SkippableFact]
    public async Task An_editor_signs_in_is_named_in_the_header_and_signs_out()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app, name: "Erin Editor");

        var page = await session.GetPageAsync("/");
        Assert.Contains("Signed in as", page.QuerySelector(".account")!.TextContent, StringComparison.Ordinal);

        using var signedOut = await session.PostFormAsync("/", "sign-out", []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var after = await session.GetPageAsync("/");
        Assert.Equal("Editor sign-in", after.QuerySelector(".account a")!.TextContent);
    }

    [SkippableFact]
    public async Task Sign_in_returns_to_the_page_asked_for_but_never_to_another_site()
    {
        await using var app = await AppFactory.OnAsync(provider);
        await EditorSession.AddAccountAsync(app, "ret@example.org", EditorRoles.Editor);
        using var session = EditorSession.Anonymous(app);

        using var local = await session.PostFormAsync("/account/sign-in?ReturnUrl=%2Fmeetings%2F1%2Fedit", "sign-in", new() { ["Form.Email"] = ["ret@example.org"], ["Form.Password"] = [EditorSession.Password] });
        Assert.Equal("/meetings/1/edit", local.Headers.Location!.AbsolutePath);

        using var offsite = await session.PostFormAsync("/account/sign-in?ReturnUrl=%2F%2Fevil.example%2F", "sign-in", new() { ["Form.Email"] = ["ret@example.org"], ["Form.Password"] = [EditorSession.Password] });
        Assert.Equal("localhost", offsite.Headers.Location!.Host);
        Assert.Equal("/", offsite.Headers.Location.AbsolutePath);
    }

    [SkippableFact]
    public async Task A_wrong_password_is_refused_with_the_same_message_as_an_unknown_address()
    {
        await using var app = await AppFactory.OnAsync(provider);
        await EditorSession.AddAccountAsync(app, "known@example.org", EditorRoles.Editor);
        using var session = EditorSession.Anonymous(app);

        using var wrongPassword = await session.SignInAsync("known@example.org", "not the password at all");
        using var unknown = await session.SignInAsync("nobody@example.org", "not the password at all");

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        var first = (await EditorSession.ParseAsync(wrongPassword)).QuerySelector("[role=alert]")!.TextContent;
        var second = (await EditorSession.ParseAsync(unknown)).QuerySelector("[role=alert]")!.TextContent;
        Assert.Equal(SignInPage.Refused, first);
        Assert.Equal(first, second);
        Assert.Null(EditorSession.SignInCookie(wrongPassword));
    }

    [SkippableFact]
    public async Task Repeated_failures_lock_the_account_and_the_right_password_then_hears_what_a_wrong_one_hears()
    {
        await using var app = await AppFactory.OnAsync(provider);
        await EditorSession.AddAccountAsync(app, "locked@example.org", EditorRoles.Editor);
        using var session = EditorSession.Anonymous(app);

        var answers = new List<string>();
        for (var attempt = 0; attempt < AccountServices.MaxFailedSignIns; attempt++)
        {
            using var failed = await session.SignInAsync("locked@example.org", "guess number " + attempt);
            answers.Add((await EditorSession.ParseAsync(failed)).QuerySelector("[role=alert]")!.TextContent);
        }

        // Were the right password told apart during the lockout, the lockout would not stop guessing.
        using var right = await session.SignInAsync("locked@example.org", EditorSession.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        answers.Add((await EditorSession.ParseAsync(right)).QuerySelector("[role=alert]")!.TextContent);
        Assert.All(answers, a => Assert.Equal(SignInPage.Refused, a));
        Assert.Null(EditorSession.SignInCookie(right));
    }

    [SkippableFact]
    public async Task Sign_in_attempts_beyond_the_limit_per_minute_are_refused_with_429()
    {
        await using var app = await AppFactory.OnAsync(provider, new Dictionary<string, string?> { ["SignIn:AttemptsPerMinute"] = "3" });
        using var session = EditorSession.Anonymous(app);

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var response = await session.SignInAsync("someone@example.org", "wrong password " + attempt);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);

        // Reading is never throttled.
        await session.GetPageAsync("/account/sign-in");
    }

    [SkippableFact]
    public async Task A_disabled_account_cannot_sign_in_and_its_open_session_ends()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app, email: "gone@example.org");
        await session.GetPageAsync("/meetings/1/edit");

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<EditorAccounts>();
            var id = (await accounts.ListAsync(CancellationToken.None)).Single(a => a.Email == "gone@example.org").Id;
            Assert.True(await accounts.SetDisabledAsync(id, disabled: true));
        }

        using var edit = await session.Client.GetAsync(new Uri("/meetings/1/edit", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Equal("/account/sign-in", edit.Headers.Location!.AbsolutePath);

        using var again = await session.SignInAsync("gone@example.org", EditorSession.Password);
        Assert.Equal(SignInPage.Disabled, (await EditorSession.ParseAsync(again)).QuerySelector("[role=alert]")!.TextContent);

        // Without the password nobody learns that the account exists, let alone that it is disabled.
        using var guess = await session.SignInAsync("gone@example.org", "not the password at all");
        Assert.Equal(SignInPage.Refused, (await EditorSession.ParseAsync(guess)).QuerySelector("[role=alert]")!.TextContent);
    }

    [SkippableFact]
    public async Task The_sign_in_cookie_is_secure_http_only_and_same_site()
    {
        await using var app = await AppFactory.OnAsync(provider);
        await EditorSession.AddAccountAsync(app, "cookie@example.org", EditorRoles.Editor);
        using var session = EditorSession.Anonymous(app);

        using var response = await session.SignInAsync("cookie@example.org", EditorSession.Password);

        var cookie = EditorSession.SignInCookie(response)!.ToLowerInvariant();
        Assert.Contains("; secure", cookie, StringComparison.Ordinal);
        Assert.Contains("; httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("; samesite=strict", cookie, StringComparison.Ordinal);
    }
}

public sealed class SqliteSignInTests() : SignInTests(DatabaseProvider.Sqlite);

[Trait("Category", "PostgreSQL")]
public sealed class PostgresSignInTests() : SignInTests(DatabaseProvider.PostgreSQL);
