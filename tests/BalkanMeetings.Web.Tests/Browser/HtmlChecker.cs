using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace BalkanMeetings.Web.Tests.Browser;

/// <summary>
/// The Nu HTML Checker (vnu, from npm's vnu-jar) over pages as the server sent them: one Java start for all of them,
/// since a start costs seconds.
/// </summary>
internal static class HtmlChecker
{
    /// <summary>Every error vnu finds, one per line with the page it is on; empty when the pages are valid.</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(IReadOnlyDictionary<string, string> pages)
    {
        var folder = Directory.CreateTempSubdirectory("bm-vnu-");
        try
        {
            var files = new Dictionary<string, string>(StringComparer.Ordinal);
            var n = 0;
            foreach (var (url, html) in pages)
            {
                var file = Path.Combine(folder.FullName, $"page-{n++}.html");
                await File.WriteAllTextAsync(file, html);
                files[Path.GetFileName(file)] = url;
            }

            var start = new ProcessStartInfo(BrowserEnvironment.JavaPath ?? "java") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[] { "-jar", BrowserEnvironment.VnuJarPath, "--errors-only", "--format", "json" }.Concat(files.Keys.Select(name => Path.Combine(folder.FullName, name))))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var report = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            await output;

            // vnu writes its JSON report to standard error.
            using var json = JsonDocument.Parse(report);
            return json.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() == "error")
                .Select(m => Describe(m, files))
                .ToList();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Describe(JsonElement message, Dictionary<string, string> files)
    {
        var text = new StringBuilder();
        var url = message.TryGetProperty("url", out var file) && files.TryGetValue(Path.GetFileName(file.GetString()!), out var page) ? page : "?";
        text.Append(url).Append(": ").Append(message.GetProperty("message").GetString());
        if (message.TryGetProperty("extract", out var extract))
        {
            text.Append(" — ").Append(extract.GetString()?.ReplaceLineEndings(" ").Trim());
        }

        return text.ToString();
    }
}
