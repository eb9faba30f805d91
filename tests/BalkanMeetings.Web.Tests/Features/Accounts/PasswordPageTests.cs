using System.Net;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Web.Features.Accounts;

namespace BalkanMeetings.Web.Tests.Features.Accounts;

public abstract class PasswordPageTests(DatabaseProvider provider)
{
    private const string Url = "/account/password";
    private const string FormName = "change-password";
    private const string NewPassword = "a brand new passphrase";

    [SkippableFact]
    public async Task A_wrong_current_password_a_weak_one_and_two_that_differ_are_shown_beside_their_fields()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app, email: "pat@example.org");

        using var wrong = await session.PostFormAsync(Url, FormName, Passwords("not my password", NewPassword, NewPassword));
        using var weak = await session.PostFormAsync(Url, FormName, Passwords(EditorSession.Password, "short", "short"));
        using var differ = await session.PostFormAsync(Url, FormName, Passwords(EditorSession.Password, NewPassword, NewPassword + "!"));

        var wrongPage = await EditorSession.ParseAsync(wrong);
        Assert.Equal("This is not your current password.", wrongPage.QuerySelector($"#error-{PasswordPage.CurrentField}")!.TextContent);
        Assert.Contains("at least 12 characters", (await EditorSession.ParseAsync(weak)).QuerySelector($"#error-{PasswordPage.NewField}")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("The two new passwords differ.", (await EditorSession.ParseAsync(differ)).QuerySelector($"#error-{PasswordPage.RepeatField}")!.TextContent);
        Assert.All(wrongPage.QuerySelectorAll("input[type=password]"), input => Assert.Null(input.GetAttribute("value")));

        using var other = EditorSession.Anonymous(app);
        using var old = await other.SignInAsync("pat@example.org", EditorSession.Password);
        Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
    }

    [SkippableFact]
    public async Task A_changed_password_signs_in_the_old_one_does_not_and_other_sessions_end()
    {
        await using var app = await AppFactory.OnAsync(provider);
        using var session = await EditorSession.SignInAsync(app, email: "pat@example.org");
        using var elsewhere = EditorSession.Anonymous(app);
        using var signedInElsewhere = await elsewhere.SignInAsync("pat@example.org", EditorSession.Password);

        using var changed = await session.PostFormAsync(Url, FormName, Passwords(EditorSession.Password, NewPassword, NewPassword));

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.StartsWith("Your password is changed.", (await EditorSession.ParseAsync(changed)).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        await session.GetPageAsync("/meetings/1/edit");
        using var ended = await elsewhere.Client.GetAsync(new Uri("/meetings/1/edit", UriKind.Relative));
        Assert.Equal("/account/sign-in", ended.Headers.Location!.AbsolutePath);

        using var fresh = EditorSession.Anonymous(app);
        using var withOld = await fresh.SignInAsync("pat@example.org", EditorSession.Password);
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
        using var withNew = await fresh.SignInAsync("pat@example.org", NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
    }

    [SkippableTheory]
    [InlineData(EditorRoles.Editor)]
    [InlineData(EditorRoles.Admin)]
    public async Task A_handed_over_password_allows_nothing_but_choosing_ones_own_which_then_leads_on(string role)
    {
        await using var app = await AppFactory.OnAsync(provider);
        await EditorSession.AddAccountAsync(app, "nina@example.org", role, "Nina New", handedOver: true);

        using var nina = EditorSession.Anonymous(app);
        using var asked = await nina.Client.GetAsync(new Uri("/meetings/1/edit", UriKind.Relative));
        var signInUrl = asked.Headers.Location!.PathAndQuery;
        using var signedIn = await nina.PostFormAsync(signInUrl, "sign-in", new() { ["Form.Email"] = ["nina@example.org"], ["Form.Password"] = [EditorSession.Password] });

        Assert.Equal("/account/password?returnUrl=%2Fmeetings%2F1%2Fedit", signedIn.Headers.Location!.PathAndQuery);
        var passwordPage = await nina.GetPageAsync(signedIn.Headers.Location.PathAndQuery);
        Assert.NotNull(passwordPage.QuerySelector("#choose-own"));

        // Signed in all the same: the header names the account and can sign it out, but offers no editing.
        Assert.Equal("Signed in as nina@example.org", passwordPage.QuerySelector(".account .signed-in-as")!.TextContent);
        Assert.NotNull(passwordPage.QuerySelector($".account form input[name=_handler][value='{SignOutButton.FormName}']"));
        Assert.Null(passwordPage.QuerySelector(".account a[href='/review']"));
        using var editRefused = await nina.Client.GetAsync(new Uri("/meetings/1/edit", UriKind.Relative));
        Assert.Equal("/account/denied", editRefused.Headers.Location!.AbsolutePath);
        var denied = await nina.GetPageAsync(editRefused.Headers.Location.PathAndQuery, HttpStatusCode.Forbidden);
        Assert.Equal(Url + "?returnUrl=%2Fmeetings%2F1%2Fedit", denied.QuerySelector("main a[href^='/account/password']")!.GetAttribute("href"));
        using var adminRefused = await nina.Client.GetAsync(new Uri("/admin/editors", UriKind.Relative));
        Assert.Equal("/account/denied", adminRefused.Headers.Location!.AbsolutePath);

        // An editor is refused the admins' page whatever their password: the page says that, not "choose a password".
        var adminDenied = await nina.GetPageAsync(adminRefused.Headers.Location.PathAndQuery, HttpStatusCode.Forbidden);
        Assert.Equal(role == EditorRoles.Admin, adminDenied.QuerySelector("main a[href^='/account/password']") is not null);

        // Keeping the password the admin saw is not choosing one's own.
        using var kept = await nina.PostFormAsync(signedIn.Headers.Location.PathAndQuery, FormName, Passwords(EditorSession.Password, EditorSession.Password, EditorSession.Password));
        Assert.Equal("Choose a password other than your current one.", (await EditorSession.ParseAsync(kept)).QuerySelector($"#error-{PasswordPage.NewField}")!.TextContent);
        using var stillRefused = await nina.Client.GetAsync(new Uri("/meetings/1/edit", UriKind.Relative));
        Assert.Equal("/account/denied", stillRefused.Headers.Location!.AbsolutePath);

        using var changed = await nina.PostFormAsync(signedIn.Headers.Location.PathAndQuery, FormName, Passwords(EditorSession.Password, NewPassword, NewPassword));

        var done = await EditorSession.ParseAsync(changed);
        Assert.StartsWith("Your password is changed.", done.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/meetings/1/edit", done.QuerySelector("a.go-on")!.GetAttribute("href"));
        Assert.Null(done.QuerySelector("#choose-own"));
        var editPage = await nina.GetPageAsync("/meetings/1/edit");
        Assert.NotNull(editPage.QuerySelector(".account a[href='/review']"));
        using var admin = await nina.Client.GetAsync(new Uri("/admin/editors", UriKind.Relative));
        Assert.Equal(role == EditorRoles.Admin ? HttpStatusCode.OK : HttpStatusCode.Redirect, admin.StatusCode);
        using var again = EditorSession.Anonymous(app);
        using var signedInAgain = await again.SignInAsync("nina@example.org", NewPassword);
        Assert.Equal("/", signedInAgain.Headers.Location!.PathAndQuery);
    }

    private static Dictionary<string, string[]> Passwords(string current, string next, string repeat) => new()
    {
        [PasswordPage.CurrentField] = [current],
        [PasswordPage.NewField] = [next],
        [PasswordPage.RepeatField] = [repeat],
    };
}

public sealed class SqlitePasswordPageTests() : PasswordPageTests(DatabaseProvider.Sqlite);

[Trait("Category", "PostgreSQL")]
public sealed class PostgresPasswordPageTests() : PasswordPageTests(DatabaseProvider.PostgreSQL);
