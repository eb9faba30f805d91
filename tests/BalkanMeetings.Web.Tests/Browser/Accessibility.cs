using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace BalkanMeetings.Web.Tests.Browser;

/// <summary>Runs axe-core, loaded from the npm folder rather than the network, over the page in the browser.</summary>
internal static class Accessibility
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<string> AxeSource = new(() => File.ReadAllText(BrowserEnvironment.AxeScriptPath));

    // Targets inside frames or shadow roots are arrays of selectors; they are joined so each node is one string.
    private const string RunAxe = """
        async tags => {
            const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
            return JSON.stringify(result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => ({
                    target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' '),
                    summary: n.failureSummary,
                })),
            })));
        }
        """;

    /// <summary>The page's serious and critical WCAG 2.1 A/AA violations, described one per line; null when none.</summary>
    public static async Task<string?> DescribeSeriousViolationsAsync(IPage page)
    {
        if (!await IsAxeLoadedAsync(page))
        {
            // Evaluated through the DevTools protocol, which the site's Content-Security-Policy (no script at all) does
            // not govern; a script tag would be refused, and the policy stays in force for everything the page does.
            await page.EvaluateAsync(AxeSource.Value + "\n;undefined");
            Assert.True(await IsAxeLoadedAsync(page), "axe-core did not load from " + BrowserEnvironment.AxeScriptPath);
        }

        var json = await page.EvaluateAsync<string>(RunAxe, WcagTags);
        var serious = (JsonSerializer.Deserialize<List<AxeViolation>>(json, Json) ?? [])
            .Where(v => v.Impact is "serious" or "critical")
            .ToList();

        return serious.Count == 0 ? null : Describe(page.Url, serious);
    }

    private static Task<bool> IsAxeLoadedAsync(IPage page) => page.EvaluateAsync<bool>("() => typeof window.axe === 'object'");

    private static string Describe(string url, List<AxeViolation> violations)
    {
        var text = new StringBuilder($"{violations.Count} serious or critical accessibility violation(s) on {url}:");
        foreach (var violation in violations)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n    {node.Target}: {node.Summary?.ReplaceLineEndings(" ")}");
            }
        }

        return text.ToString();
    }

    private sealed record AxeViolation(string Id, string? Impact, string Help, string HelpUrl, List<AxeNode> Nodes);

    private sealed record AxeNode(string Target, string? Summary);
}
