using System.Net;
using AngleSharp.Dom;
using BalkanMeetings.Web.Features.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace BalkanMeetings.Web.Tests.Features.Accounts;

public sealed class EditorsPageTests
{
    private const string Url = "/admin/editors";

    [Fact]
    public async Task An_admin_adds_an_editor_who_signs_in_with_the_password_shown_once()
    {
        var logs = new LogRecorder();
        await using var app = new AppFactory { Logs = logs };
        using var admin = await EditorSession.SignInAsync(app, EditorRoles.Admin, email: "ada@example.org");

        using var added = await admin.PostFormAsync(Url, EditorsPage.AddForm, new() { ["Email"] = ["nina@example.org"], ["DisplayName"] = ["Nina New"], ["Role"] = [EditorRoles.Editor] });

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.True(added.Headers.CacheControl?.NoStore, "the page showing a password must not be cached");
        var page = await EditorSession.ParseAsync(added);
        var password = page.QuerySelector(".new-password")!.TextContent;
        Assert.Matches("^([a-km-zA-HJ-NP-Z2-9]{5}-){3}[a-km-zA-HJ-NP-Z2-9]{5}$", password);
        Assert.Equal(["Nina New", "nina@example.org", EditorRoles.Editor, "Enabled", string.Empty], Cells(Row(page, "nina@example.org")).Take(5));
        Assert.Equal(string.Empty, page.QuerySelector("#field-Email")!.GetAttribute("value") ?? string.Empty);

        var reopened = await admin.GetPageAsync(Url);
        Assert.Null(reopened.QuerySelector(".new-password"));
        Assert.DoesNotContain(password, reopened.DocumentElement.OuterHtml, StringComparison.Ordinal);

        // The password was shown to the admin, so the editor is asked to choose their own first (PasswordPageTests).
        using var nina = EditorSession.Anonymous(app);
        using var signedIn = await nina.SignInAsync("nina@example.org", password);
        Assert.Equal("/account/password", signedIn.Headers.Location!.PathAndQuery);

        Assert.DoesNotContain(logs.Messages, m => m.Contains(password, StringComparison.Ordinal));
        var adaId = await AccountIdAsync(app, "ada@example.org");
        var ninaId = await AccountIdAsync(app, "nina@example.org");
        Assert.Contains($"Account {ninaId} added with role Editor by {adaId}", logs.Messages);
    }

    [Fact]
    public async Task A_taken_address_and_an_unknown_role_are_shown_beside_their_fields_and_add_nothing()
    {
        await using var app = new AppFactory();
        using var admin = await EditorSession.SignInAsync(app, EditorRoles.Admin);
        await EditorSession.AddAccountAsync(app, "taken@example.org", EditorRoles.Editor, "First Holder");

        using var taken = await admin.PostFormAsync(Url, EditorsPage.AddForm, new() { ["Email"] = ["taken@example.org"], ["DisplayName"] = ["Second Holder"], ["Role"] = [EditorRoles.Admin] });
        using var unknownRole = await admin.PostFormAsync(Url, EditorsPage.AddForm, new() { ["Email"] = ["owner@example.org"], ["Role"] = ["Owner"] });

        var takenPage = await EditorSession.ParseAsync(taken);
        Assert.Equal("An account with this e-mail address exists already.", takenPage.QuerySelector("#error-Email")!.TextContent);
        Assert.Contains("error-Email", takenPage.QuerySelector("#field-Email")!.GetAttribute("aria-describedby")!, StringComparison.Ordinal);
        Assert.Equal("taken@example.org", takenPage.QuerySelector("#field-Email")!.GetAttribute("value"));
        Assert.Equal("Second Holder", takenPage.QuerySelector("#field-DisplayName")!.GetAttribute("value"));
        Assert.Equal(EditorRoles.Admin, takenPage.QuerySelector("#field-Role option[selected]")!.GetAttribute("value"));
        Assert.Null(takenPage.QuerySelector(".new-password"));
        Assert.Equal("The role must be Editor or Admin.", (await EditorSession.ParseAsync(unknownRole)).QuerySelector("#error-Role")!.TextContent);

        var listed = await ListAsync(app);
        Assert.Equal("First Holder", listed.Single(a => a.Email == "taken@example.org").DisplayName);
        Assert.DoesNotContain(listed, a => a.Email == "owner@example.org");
    }

    [Fact]
    public async Task Disabling_ends_the_editors_session_and_refuses_sign_in_until_enabled_again()
    {
        await using var app = new AppFactory();
        using var admin = await EditorSession.SignInAsync(app, EditorRoles.Admin);
        using var erin = await EditorSession.SignInAsync(app, email: "erin@example.org", name: "Erin Editor");
        await erin.GetPageAsync("/meetings/1/edit");
        var erinId = await AccountIdAsync(app, "erin@example.org");

        using var disabled = await admin.PostFormAsync(Url, EditorsPage.AccountsForm, new() { [EditorsPage.DisableAction] = [erinId] });

        var page = await EditorSession.ParseAsync(disabled);
        Assert.Equal("Erin Editor is disabled and is signed out at their next click.", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal("Disabled", Row(page, "erin@example.org").QuerySelector(".state")!.TextContent);
        Assert.Equal(erinId, Row(page, "erin@example.org").QuerySelector($"button[name={EditorsPage.EnableAction}]")!.GetAttribute("value"));
        using var next = await erin.Client.GetAsync(new Uri("/meetings/1/edit", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Equal("/account/sign-in", next.Headers.Location!.AbsolutePath);
        using var refused = await erin.SignInAsync("erin@example.org", EditorSession.Password);
        Assert.Equal("This account is disabled. Ask an admin to enable it.", (await EditorSession.ParseAsync(refused)).QuerySelector("[role=alert]")!.TextContent);

        using var enabled = await admin.PostFormAsync(Url, EditorsPage.AccountsForm, new() { [EditorsPage.EnableAction] = [erinId] });

        Assert.Equal("Enabled", Row(await EditorSession.ParseAsync(enabled), "erin@example.org").QuerySelector(".state")!.TextContent);
        using var back = await erin.SignInAsync("erin@example.org", EditorSession.Password);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        await erin.GetPageAsync("/meetings/1/edit");
    }

    [Fact]
    public async Task An_admin_unlocks_an_account_locked_by_failed_sign_ins()
    {
        await using var app = new AppFactory();
        using var admin = await EditorSession.SignInAsync(app, EditorRoles.Admin);
        await EditorSession.AddAccountAsync(app, "locked@example.org", EditorRoles.Editor);
        using var locked = EditorSession.Anonymous(app);
        for (var attempt = 0; attempt < AccountServices.MaxFailedSignIns; attempt++)
        {
            using var failed = await locked.SignInAsync("locked@example.org", "guess number " + attempt);
        }

        var row = Row(await admin.GetPageAsync(Url), "locked@example.org");
        Assert.EndsWith(" UTC", row.QuerySelector(".locked time")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(row.QuerySelector($"button[name={EditorsPage.UnlockAction}]"));

        using var unlocked = await admin.PostFormAsync(Url, EditorsPage.AccountsForm, new() { [EditorsPage.UnlockAction] = [await AccountIdAsync(app, "locked@example.org")] });

        var after = Row(await EditorSession.ParseAsync(unlocked), "locked@example.org");
        Assert.Equal(string.Empty, after.QuerySelector(".locked")!.TextContent.Trim());
        Assert.Null(after.QuerySelector($"button[name={EditorsPage.UnlockAction}]"));
        using var signedIn = await locked.SignInAsync("locked@example.org", EditorSession.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task An_admin_makes_an_editor_an_admin_and_back_and_their_session_follows_at_once()
    {
        var logs = new LogRecorder();
        await using var app = new AppFactory { Logs = logs };
        using var admin = await EditorSession.SignInAsync(app, EditorRoles.Admin, email: "ada@example.org");
        using var erin = await EditorSession.SignInAsync(app, email: "erin@example.org", name: "Erin Editor");
        var erinId = await AccountIdAsync(app, "erin@example.org");
        Assert.Equal("/account/denied", (await erin.Client.GetAsync(new Uri(Url, UriKind.Relative))).Headers.Location!.AbsolutePath);

        using var promoted = await admin.PostFormAsync(Url, EditorsPage.AccountsForm, new() { [EditorsPage.MakeAdminAction] = [erinId] });

        var page = await EditorSession.ParseAsync(promoted);
        Assert.Equal("Erin Editor is an admin now: they can manage editors from their next click.", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(EditorRoles.Admin, Row(page, "erin@example.org").QuerySelector(".role")!.TextContent);
        Assert.Equal(erinId, Row(page, "erin@example.org").QuerySelector($"button[name={EditorsPage.MakeEditorAction}]")!.GetAttribute("value"));
        await erin.GetPageAsync(Url);

        using var demoted = await admin.PostFormAsync(Url, EditorsPage.AccountsForm, new() { [EditorsPage.MakeEditorAction] = [erinId] });

        Assert.Equal(EditorRoles.Editor, Row(await EditorSession.ParseAsync(demoted), "erin@example.org").QuerySelector(".role")!.TextContent);
        using var refused = await erin.Client.GetAsync(new Uri(Url, UriKind.Relative));
        Assert.Equal("/account/denied", refused.Headers.Location!.AbsolutePath);
        await erin.GetPageAsync("/meetings/1/edit");
        var adaId = await AccountIdAsync(app, "ada@example.org");
        Assert.Contains($"Account {erinId} given role Admin by {adaId}", logs.Messages);
        Assert.Contains($"Account {erinId} given role Editor by {adaId}", logs.Messages);
    }

    [Fact]
    public async Task A_new_password_replaces_a_forgotten_one_ends_the_sessions_and_the_lockout_and_is_shown_once()
    {
        var logs = new LogRecorder();
        await using var app = new AppFactory { Logs = logs };
        using var admin = await EditorSession.SignInAsync(app, EditorRoles.Admin);
        using var erin = await EditorSession.SignInAsync(app, email: "erin@example.org", name: "Erin Editor");
        var erinId = await AccountIdAsync(app, "erin@example.org");
        using var forgetful = EditorSession.Anonymous(app);
        for (var attempt = 0; attempt < AccountServices.MaxFailedSignIns; attempt++)
        {
            using var failed = await forgetful.SignInAsync("erin@example.org", "guess number " + attempt);
        }

        using var reset = await admin.PostFormAsync(Url, EditorsPage.AccountsForm, new() { [EditorsPage.NewPasswordAction] = [erinId] });

        Assert.True(reset.Headers.CacheControl?.NoStore, "the page showing a password must not be cached");
        var page = await EditorSession.ParseAsync(reset);
        Assert.StartsWith("Erin Editor has a new password", page.QuerySelector("[role=status]")!.TextContent.Trim(), StringComparison.Ordinal);
        var password = page.QuerySelector(".new-password")!.TextContent;
        Assert.Matches("^([a-km-zA-HJ-NP-Z2-9]{5}-){3}[a-km-zA-HJ-NP-Z2-9]{5}$", password);
        Assert.Equal(string.Empty, Row(page, "erin@example.org").QuerySelector(".locked")!.TextContent.Trim());
        Assert.DoesNotContain(password, (await admin.GetPageAsync(Url)).DocumentElement.OuterHtml, StringComparison.Ordinal);

        using var ended = await erin.Client.GetAsync(new Uri("/meetings/1/edit", UriKind.Relative));
        Assert.Equal("/account/sign-in", ended.Headers.Location!.AbsolutePath);
        using var oldPassword = await forgetful.SignInAsync("erin@example.org", EditorSession.Password);
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        using var newPassword = await forgetful.SignInAsync("erin@example.org", password);
        Assert.Equal("/account/password", newPassword.Headers.Location!.PathAndQuery);

        Assert.DoesNotContain(logs.Messages, m => m.Contains(password, StringComparison.Ordinal));
        Assert.Contains(logs.Messages, m => m.StartsWith($"Account {erinId} given a new password by ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_disabled_account_is_given_no_new_password_until_it_is_enabled()
    {
        await using var app = new AppFactory();
        using var admin = await EditorSession.SignInAsync(app, EditorRoles.Admin);
        await EditorSession.AddAccountAsync(app, "gone@example.org", EditorRoles.Editor, "Gone Editor");
        var goneId = await AccountIdAsync(app, "gone@example.org");
        using (await admin.PostFormAsync(Url, EditorsPage.AccountsForm, new() { [EditorsPage.DisableAction] = [goneId] }))
        {
        }

        Assert.Null(Row(await admin.GetPageAsync(Url), "gone@example.org").QuerySelector($"button[name={EditorsPage.NewPasswordAction}]"));

        // The button is not offered, so only a hand-made request can ask; it is refused as well.
        using var refused = await admin.PostFormAsync(Url, EditorsPage.AccountsForm, new() { [EditorsPage.NewPasswordAction] = [goneId] });

        var page = await EditorSession.ParseAsync(refused);
        Assert.Equal("Gone Editor's account is disabled: enable it first, then give it a new password. Nothing was changed.", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Null(page.QuerySelector(".new-password"));
        using (await admin.PostFormAsync(Url, EditorsPage.AccountsForm, new() { [EditorsPage.EnableAction] = [goneId] }))
        {
        }

        using var gone = EditorSession.Anonymous(app);
        using var signedIn = await gone.SignInAsync("gone@example.org", EditorSession.Password);
        Assert.Equal("/", signedIn.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData(EditorsPage.DisableAction, "You cannot disable your own account; nothing was changed.")]
    [InlineData(EditorsPage.MakeEditorAction, "You cannot change your own role; nothing was changed.")]
    [InlineData(EditorsPage.NewPasswordAction, "Change your own password under Password; nothing was changed.")]
    public async Task An_admin_cannot_disable_demote_or_reset_their_own_account(string action, string refusal)
    {
        var logs = new LogRecorder();
        await using var app = new AppFactory { Logs = logs };
        using var admin = await EditorSession.SignInAsync(app, EditorRoles.Admin, email: "self@example.org", name: "Sam Self");
        var selfId = await AccountIdAsync(app, "self@example.org");

        var own = Row(await admin.GetPageAsync(Url), "self@example.org");
        Assert.Equal("Sam Self (you)", own.QuerySelector("th")!.TextContent);
        Assert.Null(own.QuerySelector($"button[name={action}]"));

        // The button is not offered, so only a hand-made request can ask; it is refused as well.
        using var refused = await admin.PostFormAsync(Url, EditorsPage.AccountsForm, new() { [action] = [selfId] });

        var page = await EditorSession.ParseAsync(refused);
        Assert.Equal(refusal, page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Null(page.QuerySelector(".new-password"));
        var self = (await ListAsync(app)).Single(a => a.Id == selfId);
        Assert.False(self.IsDisabled);
        Assert.Equal(EditorRoles.Admin, self.Role);
        Assert.DoesNotContain(logs.Messages, m => m.StartsWith($"Account {selfId} ", StringComparison.Ordinal) && !m.Contains(" added ", StringComparison.Ordinal));
        await admin.GetPageAsync(Url);
    }

    [Fact]
    public async Task An_editor_who_is_not_an_admin_is_refused_the_page_and_its_forms_and_sees_no_link_to_it()
    {
        await using var app = new AppFactory();
        using var admin = await EditorSession.SignInAsync(app, EditorRoles.Admin, email: "boss@example.org");
        using var editor = await EditorSession.SignInAsync(app);
        var home = await editor.GetPageAsync("/");
        var token = home.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var get = await editor.Client.GetAsync(new Uri(Url, UriKind.Relative));
        using var post = await editor.PostAsync(Url, [
            KeyValuePair.Create("__RequestVerificationToken", token),
            KeyValuePair.Create("_handler", EditorsPage.AccountsForm),
            KeyValuePair.Create(EditorsPage.DisableAction, await AccountIdAsync(app, "boss@example.org")),
        ]);

        Assert.Equal("/account/denied", get.Headers.Location!.AbsolutePath);
        Assert.Equal("/account/denied", post.Headers.Location!.AbsolutePath);
        await editor.GetPageAsync(get.Headers.Location.PathAndQuery, HttpStatusCode.Forbidden);
        Assert.False((await ListAsync(app)).Single(a => a.Email == "boss@example.org").IsDisabled);
        Assert.Null(home.QuerySelector($".account a[href='{Url}']"));
        Assert.NotNull((await admin.GetPageAsync("/")).QuerySelector($".account a[href='{Url}']"));
    }

    private static IElement Row(IDocument page, string email) =>
        page.QuerySelectorAll("table.accounts tbody tr").Single(r => r.QuerySelector(".email")!.TextContent == email);

    private static IEnumerable<string> Cells(IElement row) => row.Children.Select(c => c.TextContent.Trim());

    private static async Task<IReadOnlyList<EditorAccounts.Listed>> ListAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EditorAccounts>().ListAsync(CancellationToken.None);
    }

    private static async Task<string> AccountIdAsync(AppFactory app, string email) => (await ListAsync(app)).Single(a => a.Email == email).Id;
}
