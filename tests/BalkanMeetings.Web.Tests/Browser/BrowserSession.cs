using System.Text.Json;
using Microsoft.Playwright;

namespace BalkanMeetings.Web.Tests.Browser;

/// <summary>One test's browser context and page, closed when the test ends.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page, string artifactPath) : IAsyncDisposable
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private int _screenshots;

    public IPage Page => page;

    /// <summary>Opens a path of the app and fails unless it answers with a 2xx status.</summary>
    public async Task<IResponse> GotoAsync(string path)
    {
        var response = await page.GotoAsync(path) ?? throw new InvalidOperationException($"No response for {path}.");
        Assert.True(response.Ok, $"GET {path} answered {response.Status} {response.StatusText}.");
        return response;
    }

    /// <summary>
    /// Runs a script function in the page and reads its result as JSON into <typeparamref name="T"/>: unlike
    /// Playwright's own conversion, this fills records through their constructors.
    /// </summary>
    public async Task<T> EvaluateJsonAsync<T>(string function)
    {
        var json = await page.EvaluateAsync<string>($"async () => JSON.stringify(await ({function})())");
        return JsonSerializer.Deserialize<T>(json, JsonOptions) ?? throw new InvalidOperationException($"The script returned {json}.");
    }

    /// <summary>Fails listing the page's serious and critical WCAG 2.1 A/AA violations, as axe-core finds them.</summary>
    public Task AssertAccessibleAsync() => Accessibility.AssertAccessibleAsync(page);

    /// <summary>Saves a full-page PNG under TestResults/browser, named after the test, the viewport and the step.</summary>
    public async Task<string> ScreenshotAsync(string? step = null)
    {
        var path = step is null ? $"{artifactPath}.png" : $"{artifactPath}.{step}.png";
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        _screenshots++;
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        // A test that took no screenshot still leaves its page's last state, which is what a failure needs.
        if (_screenshots == 0 && page.Url != "about:blank")
        {
            try
            {
                await ScreenshotAsync();
            }
            catch (PlaywrightException)
            {
                // A crashed or closed page has nothing to show; the test's own failure says what went wrong.
            }
        }

        await context.CloseAsync();
    }
}
