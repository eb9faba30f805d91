using Microsoft.AspNetCore.Mvc.Testing;

namespace BalkanMeetings.Web.Tests.Features.Export;

/// <summary>
/// The app over one article whose sidecar gives what the seeds lack: a source address, a publisher, a publication
/// date, and a title as hostile as article text can be (a spreadsheet formula, a pipe, quotes).
/// </summary>
public sealed class SourcedArticleApp : IDisposable
{
    public const string SourceUrl = "https://news.example.org/2025/03/rutte-vucic?a=1&b=2";
    public const string Publisher = "Wire, \"Balkans\" desk";
    public const string Byline = "Ana Petrović";
    public const string Title = "=HYPERLINK(\"http://example.com\") | Rutte meets Vučić";

    private readonly ArticleSeeds _seeds = new(new Dictionary<string, string>
    {
        ["100_wire.txt"] = "NATO Secretary General Mark Rutte met Serbian President Aleksandar Vučić in Brussels on 3 March 2025 to discuss regional security.\n",
        ["100_wire.meta.json"] = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["title"] = Title,
            ["publisher"] = Publisher,
            ["source_url"] = SourceUrl,
            ["published"] = "2025-03-04",
            ["byline"] = Byline,
            ["language"] = "sr-Latn",
        }),
    });

    private readonly AppFactory _app = new();

    public SourcedArticleApp() => Factory = _app.WithWebHostBuilder(b => b.UseSetting("Seeds:Folder", _seeds.Folder));

    public WebApplicationFactory<Program> Factory { get; }

    public void Dispose()
    {
        Factory.Dispose();
        _app.Dispose();
        _seeds.Dispose();
    }
}
