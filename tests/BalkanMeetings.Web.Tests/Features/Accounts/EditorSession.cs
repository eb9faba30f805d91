using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using BalkanMeetings.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace BalkanMeetings.Web.Tests.Features.Accounts;

/// <summary>
/// A browser-like client of the test app: keeps cookies, follows no redirect by itself, and posts forms the way a
/// browser would, with every field the page rendered (hidden tokens included) unless the test replaces it.
/// </summary>
internal sealed class EditorSession : IDisposable
{
    public const string Password = "a long enough test password";

    private EditorSession(AppFactory app) =>
        Client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

    private EditorSession(HttpClient client) => Client = client;

    public HttpClient Client { get; }

    /// <summary>
    /// A client of one instance that keeps its cookies in <paramref name="cookies"/>: sessions of several instances
    /// sharing one container are one browser behind a load balancer that sends each request to either.
    /// </summary>
    public static EditorSession Through(AppFactory app, CookieContainer cookies)
    {
        ArgumentNullException.ThrowIfNull(app);
        return new(app.CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(cookies)));
    }

    /// <summary>A client that has not signed in.</summary>
    public static EditorSession Anonymous(AppFactory app) => new(app);

    /// <summary>
    /// Creates an account with the role and signs it in through the sign-in form; a handed-over password is one an admin
    /// was shown, which the account must replace before it may edit.
    /// </summary>
    public static async Task<EditorSession> SignInAsync(AppFactory app, string role = EditorRoles.Editor, string? email = null, string? name = null, bool handedOver = false)
    {
        ArgumentNullException.ThrowIfNull(app);
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await AddAccountAsync(app, email, role, name, handedOver);
        var session = new EditorSession(app);
        using var response = await session.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    public static async Task AddAccountAsync(AppFactory app, string email, string role, string? name = null, bool handedOver = false)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<EditorAccounts>().AddAsync(email, name ?? "Test " + role, role, Password, handedOver: handedOver));
    }

    public Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        PostFormAsync("/account/sign-in", "sign-in", new() { ["Form.Email"] = [email], ["Form.Password"] = [password] });

    public async Task<IDocument> GetPageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
        return await ParseAsync(response);
    }

    /// <summary>Opens the page, fills the named form's fields as rendered, replaces the given ones, and posts it where the form says.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, string formName, Dictionary<string, string[]> replace)
    {
        var page = await GetPageAsync(url);
        var action = Form(page, formName).GetAttribute("action");
        return await PostAsync(string.IsNullOrEmpty(action) ? url : action, Fields(page, formName, replace));
    }

    public static IHtmlFormElement Form(IDocument page, string formName)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.QuerySelector($"input[name=_handler][value='{formName}']") is not null);
    }

    /// <summary>Posts exactly the given fields.</summary>
    public Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        Client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields));

    /// <summary>The fields a browser would send for the named form, with some replaced.</summary>
    public static List<KeyValuePair<string, string>> Fields(IDocument page, string formName, Dictionary<string, string[]> replace)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(replace);
        var form = Form(page, formName);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            if (replace.ContainsKey(name))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false }:
                    break;
                case IHtmlInputElement input:
                    fields.Add(KeyValuePair.Create(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.AddRange(select.SelectedOptions.Select(o => KeyValuePair.Create(name, o.Value)));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(KeyValuePair.Create(name, area.Value));
                    break;
            }
        }

        fields.AddRange(replace.SelectMany(r => r.Value.Select(v => KeyValuePair.Create(r.Key, v))));
        return fields;
    }

    /// <summary>The sign-in cookie a response sets, as its <c>Set-Cookie</c> header gives it; null when it sets none.</summary>
    public static string? SignInCookie(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.SingleOrDefault(v => v.StartsWith("bm-editor=", StringComparison.Ordinal)) : null;
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => Client.Dispose();
}
