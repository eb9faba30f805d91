using System.Net;
using System.Runtime.CompilerServices;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Web.Features.Accounts;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BalkanMeetings.Web.Tests.Browser;

/// <summary>Browser tests share one app and one Chromium; xunit runs the tests of one collection one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>
/// The app with the seeds imported, on real Kestrel at 127.0.0.1 on a free port, and one headless Debian Chromium.
/// Each test opens its own browser context (fresh cookies and storage) through <see cref="OpenAsync"/>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IAsyncDisposable
{
    // Without the background-networking flags Chromium keeps reaching for Google's hosts, which this network refuses.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private AppFactory? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The running app's services, to read what the pages should show from the database.</summary>
    public IServiceProvider Services => (_app ?? throw NotStarted()).Services;

    /// <summary>The password of the editor accounts that <see cref="AddEditorAsync"/> adds.</summary>
    public const string EditorPassword = "a long enough browser password";

    /// <summary>Adds an account (an editor unless told) for a test to sign in with, and returns its id.</summary>
    public async Task<string> AddEditorAsync(string email, string name, string role = EditorRoles.Editor)
    {
        await using var scope = Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        Assert.Empty(await services.GetRequiredService<EditorAccounts>().AddAsync(email, name, role, EditorPassword));
        return await services.GetRequiredService<BalkanMeetingsDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    public async Task InitializeAsync()
    {
        if (BrowserEnvironment.Missing is not null)
        {
            // The tests are skipped, or under CI fail one by one in OpenAsync with the reason.
            return;
        }

        var artifacts = new DirectoryInfo(BrowserEnvironment.ArtifactsFolder);
        if (artifacts.Exists)
        {
            // Screenshots of this run only, so none is mistaken for one of a test since renamed or removed.
            artifacts.Delete(recursive: true);
        }

        artifacts.Create();

        // Chromium starts while the app imports the seeds: the two take seconds each and need nothing of each other.
        // Every browser test signs in against this one app from one address; the sign-in limit per minute is an
        // HTTP test's subject (SignInHardeningTests), and here would refuse whichever test came eleventh in a minute.
        var app = new AppFactory { Settings = new Dictionary<string, string?> { ["SignIn:AttemptsPerMinute"] = "1000" } };
        _app = app;
        var serving = Task.Run(() =>
        {
            app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            app.StartServer();
            return app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        });
        var launching = LaunchChromiumAsync();
        try
        {
            await Task.WhenAll(serving, launching);
        }
        catch
        {
            // Neither a half-started server nor an orphaned Chromium may outlive a failed start.
            if (launching.IsCompletedSuccessfully)
            {
                _browser = await launching;
            }

            await DisposeAsync();
            throw;
        }

        BaseAddress = new Uri(await serving);
        _browser = await launching;
    }

    /// <summary>A new browser context and page at the given size; screenshots are named after the calling test.</summary>
    public async Task<BrowserSession> OpenAsync(
        Viewport viewport, [CallerMemberName] string test = "", [CallerFilePath] string testFile = "")
    {
        var browser = _browser ?? throw NotStarted();
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new() { Width = viewport.Width, Height = viewport.Height },
            IsMobile = viewport.IsMobile,
            HasTouch = viewport.IsMobile,
            // The same Accept-Language and number formats whatever the machine's own locale.
            Locale = "en-GB",
        });
        var page = await context.NewPageAsync();
        var name = $"{Path.GetFileNameWithoutExtension(testFile)}.{test}.{viewport.Name}";
        return new BrowserSession(context, page, Path.Combine(BrowserEnvironment.ArtifactsFolder, name));
    }

    /// <summary>A new browser context signed in, through the sign-in form as a person would, to an account of its own.</summary>
    public async Task<BrowserSession> OpenSignedInAsync(
        Viewport viewport, string role, string name, [CallerMemberName] string test = "", [CallerFilePath] string testFile = "")
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await AddEditorAsync(email, name, role);
        var session = await OpenAsync(viewport, test, testFile);
        var page = session.Page;
        await session.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(EditorPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
        return session;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }
    }

    private async Task<IBrowser> LaunchChromiumAsync()
    {
        _playwright = await Playwright.CreateAsync();
        return await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    private static InvalidOperationException NotStarted() => new(
        BrowserEnvironment.Missing is { } missing
            ? $"{missing} CI=true, so browser tests fail instead of skipping; .ci/run installs both."
            : "The browser fixture has not started.");
}
