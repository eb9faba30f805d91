using System.Net;
using System.Reflection;
using AngleSharp.Dom;
using BalkanMeetings.Web.Features.Accounts;
using BalkanMeetings.Web.Tests.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BalkanMeetings.Web.Tests.Features.Authorization;

/// <summary>
/// Every page that requires an editor, sent its own form by everyone who must be refused: anonymous visitors, editors
/// without a valid antiforgery token, editors on admins' pages, accounts disabled after signing in, accounts that have
/// not yet replaced a password an admin handed over. Each is refused, says so, and leaves every table of the database
/// as it was.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    private const string TokenField = "__RequestVerificationToken";

    /// <summary>Endpoints outside the pages that answer more than GET and HEAD, and why that is safe.</summary>
    private static readonly Dictionary<string, string> KnownNonPageEndpoints = new(StringComparer.Ordinal)
    {
        ["/health"] = "health checks answer any method and only read",
        ["/api/{*path}"] = "the API answers unknown paths and methods with an error in JSON",
    };

    public static TheoryData<string> Templates => new(EditingRoutes.ByTemplate.Keys);

    [Fact]
    public void Every_page_that_requires_an_editor_has_a_sample_request_and_every_sample_a_protected_page()
    {
        var protectedTemplates = ProtectedPages().Select(p => p.Template).ToHashSet(StringComparer.Ordinal);

        var missing = protectedTemplates.Except(EditingRoutes.ByTemplate.Keys).Except(EditingRoutes.ReadOnlyTemplates).Order(StringComparer.Ordinal).ToList();
        var stale = EditingRoutes.ByTemplate.Keys.Concat(EditingRoutes.ReadOnlyTemplates).Except(protectedTemplates).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, $"Pages with [Authorize] that no test sends forbidden requests to: {string.Join(", ", missing)}. Add each to EditingRoutes.ByTemplate with an address on the seed data, its form's name, and fields that make the form change something.");
        Assert.True(stale.Count == 0, $"EditingRoutes.ByTemplate names routes no page with [Authorize] has: {string.Join(", ", stale)}. Was the page renamed, removed, or left without [Authorize]?");
    }

    [Fact]
    public async Task Outside_the_pages_nothing_accepts_a_request_that_could_change_data()
    {
        await using var app = new AppFactory();

        var writable = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is null)
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is not { Count: > 0 } methods || methods.Any(m => !HttpMethods.IsGet(m) && !HttpMethods.IsHead(m)))
            .Select(e => e.RoutePattern.RawText ?? e.DisplayName ?? "?")
            .Where(pattern => !KnownNonPageEndpoints.ContainsKey(pattern))
            .ToList();

        Assert.True(writable.Count == 0, $"Endpoints outside the Razor pages accept POST or other writing methods: {string.Join(", ", writable)}. Editing is done through pages with forms (EditingRoutes); an endpoint that changes data needs the same policy and antiforgery check, tests of them like these, and an entry in {nameof(KnownNonPageEndpoints)} saying where they are.");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task Forbidden_requests_are_refused_say_so_and_change_nothing(string template)
    {
        var sample = EditingRoutes.ByTemplate[template];
        var pages = ProtectedPages().Where(p => p.Template == template).ToList();
        Assert.True(pages.Count == 1, $"{template} is not the route of a page with [Authorize] (see the test of the table's coverage)");
        var adminOnly = pages[0].AdminOnly;
        var role = adminOnly ? EditorRoles.Admin : EditorRoles.Editor;
        await using var app = new AppFactory();
        if (sample.Prepare is { } prepare)
        {
            await prepare(app);
        }

        using var allowed = await EditorSession.SignInAsync(app, role);
        using var disabled = await EditorSession.SignInAsync(app, role, email: "disabled@example.org");
        using var editor = await EditorSession.SignInAsync(app, EditorRoles.Editor);
        using var handedOver = await EditorSession.SignInAsync(app, role, email: "handed-over@example.org", handedOver: true);
        using var anonymous = EditorSession.Anonymous(app);
        var (target, fields) = await OpenFormAsync(allowed, sample);
        var (_, disabledFields) = await OpenFormAsync(disabled, sample);
        var before = await DatabaseSnapshot.TakeAsync(app);

        await ExpectSignInAsync(anonymous.Client.GetAsync(new Uri(sample.Url, UriKind.Relative)), $"GET {sample.Url} anonymously");
        await ExpectSignInAsync(anonymous.PostAsync(target, fields), $"POST {target} anonymously");
        await ExpectRefusedAsync(allowed.PostAsync(target, fields.Where(f => f.Key != TokenField)), $"POST {target} without an antiforgery token");
        await ExpectRefusedAsync(allowed.PostAsync(target, WithToken(fields, "CfDJ8forged")), $"POST {target} with a forged antiforgery token");
        if (adminOnly)
        {
            var editorsOwnToken = (await editor.GetPageAsync("/")).QuerySelector($"input[name={TokenField}]")!.GetAttribute("value")!;
            await ExpectDeniedAsync(editor, editor.Client.GetAsync(new Uri(sample.Url, UriKind.Relative)), $"GET {sample.Url} as an editor who is not an admin");
            await ExpectDeniedAsync(editor, editor.PostAsync(target, WithToken(fields, editorsOwnToken)), $"POST {target} as an editor who is not an admin, with their own valid token");
        }

        if (!EditingRoutes.OpenToHandedOverPasswords.Contains(template))
        {
            var handedOverToken = (await handedOver.GetPageAsync("/")).QuerySelector($"input[name={TokenField}]")!.GetAttribute("value")!;
            await ExpectDeniedAsync(handedOver, handedOver.Client.GetAsync(new Uri(sample.Url, UriKind.Relative)), $"GET {sample.Url} with a password an admin handed over");
            await ExpectDeniedAsync(handedOver, handedOver.PostAsync(target, WithToken(fields, handedOverToken)), $"POST {target} with a password an admin handed over, with the account's own valid token");
        }

        AssertUnchanged(before, await DatabaseSnapshot.TakeAsync(app), $"The refused requests to {template}");

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<EditorAccounts>();
            Assert.True(await accounts.SetDisabledAsync((await accounts.ListAsync(CancellationToken.None)).Single(a => a.Email == "disabled@example.org").Id, disabled: true));
        }

        var afterDisabling = await DatabaseSnapshot.TakeAsync(app);
        await ExpectSignInAsync(disabled.PostAsync(target, disabledFields), $"POST {target} from an account disabled after it signed in");
        await ExpectSignInAsync(disabled.Client.GetAsync(new Uri(sample.Url, UriKind.Relative)), $"GET {sample.Url} from an account disabled after it signed in");
        AssertUnchanged(afterDisabling, await DatabaseSnapshot.TakeAsync(app), $"The disabled account's requests to {template}");

        // The same form from the allowed editor, with their token, does write: the refusals kept the data as it was.
        using var accepted = await allowed.PostAsync(target, fields);
        Assert.True(
            (await DatabaseSnapshot.TakeAsync(app)).ChangedSince(afterDisabling).Count > 0,
            $"The sample request of {template} changed nothing even from an allowed editor (answer {(int)accepted.StatusCode}); give it fields that make a change in EditingRoutes, so the refusals are shown to matter.");
    }

    /// <summary>The routes of every component with <c>[Authorize]</c> in the web app, and whether only admins may use them.</summary>
    internal static IEnumerable<(string Template, bool AdminOnly)> ProtectedPages() =>
        from type in typeof(Program).Assembly.GetTypes()
        where typeof(IComponent).IsAssignableFrom(type)
        let authorize = type.GetCustomAttributes<AuthorizeAttribute>(inherit: true).ToList()
        where authorize.Count > 0
        from route in type.GetCustomAttributes<RouteAttribute>(inherit: false)
        select (route.Template, authorize.Any(a => a.Policy == EditorRoles.CanManageEditors || a.Roles == EditorRoles.Admin));

    private static async Task<(string Target, List<KeyValuePair<string, string>> Fields)> OpenFormAsync(EditorSession session, EditingRoutes.Sample sample)
    {
        var page = await session.GetPageAsync(sample.Url);
        var action = EditorSession.Form(page, sample.FormName).GetAttribute("action");
        return (string.IsNullOrEmpty(action) ? sample.Url : action, EditorSession.Fields(page, sample.FormName, sample.Change));
    }

    private static List<KeyValuePair<string, string>> WithToken(List<KeyValuePair<string, string>> fields, string token) =>
        [.. fields.Where(f => f.Key != TokenField), KeyValuePair.Create(TokenField, token)];

    private static async Task ExpectSignInAsync(Task<HttpResponseMessage> request, string what)
    {
        using var response = await request;
        Assert.True(
            response.StatusCode == HttpStatusCode.Redirect && Path(response) == "/account/sign-in",
            $"{what}: expected a redirect to /account/sign-in, got {(int)response.StatusCode} {Path(response)}");
    }

    private static async Task ExpectRefusedAsync(Task<HttpResponseMessage> request, string what)
    {
        using var response = await request;
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{what}: expected 403, got {(int)response.StatusCode} {Path(response)}");
        AssertSaysNothingChanged(await EditorSession.ParseAsync(response), what);
    }

    private static async Task ExpectDeniedAsync(EditorSession session, Task<HttpResponseMessage> request, string what)
    {
        using var response = await request;
        Assert.True(
            response.StatusCode == HttpStatusCode.Redirect && Path(response) == "/account/denied",
            $"{what}: expected a redirect to /account/denied, got {(int)response.StatusCode} {Path(response)}");
        AssertSaysNothingChanged(await session.GetPageAsync(response.Headers.Location!.PathAndQuery, HttpStatusCode.Forbidden), what);
    }

    private static void AssertSaysNothingChanged(IDocument page, string what) =>
        Assert.True(page.QuerySelector("main")?.TextContent.Contains("nothing was changed", StringComparison.Ordinal) == true, $"{what}: the refusal page does not say that nothing was changed");

    private static void AssertUnchanged(DatabaseSnapshot before, DatabaseSnapshot after, string what)
    {
        var changed = after.ChangedSince(before);
        Assert.True(changed.Count == 0, $"{what} changed the tables {string.Join(", ", changed)}");
    }

    private static string? Path(HttpResponseMessage response) =>
        response.Headers.Location is { } location ? new Uri(new Uri("https://localhost"), location).AbsolutePath : null;
}
