using System.Text.Json;
using Microsoft.Playwright;

namespace BalkanMeetings.Web.Tests.Browser;

/// <summary>One test's browser context and page, closed when the test ends.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page, string artifactPath) : IAsyncDisposable
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public IPage Page => page;

    /// <summary>Opens a path of the app and fails unless it answers with a 2xx status.</summary>
    public async Task<IResponse> GotoAsync(string path)
    {
        var response = await page.GotoAsync(path) ?? throw new InvalidOperationException($"No response for {path}.");
        if (!response.Ok)
        {
            await FailWithScreenshotAsync($"GET {path} answered {response.Status} {response.StatusText}.", "error");
        }

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
    public async Task AssertAccessibleAsync()
    {
        if (await Accessibility.DescribeSeriousViolationsAsync(page) is { } violations)
        {
            await FailWithScreenshotAsync(violations, "inaccessible");
        }
    }

    /// <summary>Fails when the page is wider than the window it was opened in (the reader would scroll sideways).</summary>
    public async Task AssertFitsWidthAsync(int width)
    {
        // After a click the new page may be committed but not yet styled: its width means nothing until it has loaded.
        await page.WaitForLoadStateAsync(LoadState.Load);
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var innerWidth = await page.EvaluateAsync<int>("() => window.innerWidth");
        // At phone width Chromium widens the layout viewport to fit content that overflows, so that shows up here too.
        if (innerWidth != width || scrollWidth > innerWidth)
        {
            await FailWithScreenshotAsync($"The page is {scrollWidth}px wide in a window of {innerWidth}px that should be {width}px.", "too-wide");
        }
    }

    /// <summary>
    /// Saves a PNG under TestResults/browser, named after the test, the viewport and the step: the full page, or only
    /// the window (a picture for the docs, scrolled to what it shows).
    /// </summary>
    public async Task<string> ScreenshotAsync(string? step = null, bool fullPage = true)
    {
        var path = step is null ? $"{artifactPath}.png" : $"{artifactPath}.{step}.png";
        await page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
        return path;
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    // Screenshots cost about a second at full page, so passing checks take none and failing ones show what they saw.
    private async Task FailWithScreenshotAsync(string message, string step)
    {
        var screenshot = await ScreenshotAsync(step);
        Assert.Fail($"{message}\nScreenshot: {screenshot}");
    }
}
