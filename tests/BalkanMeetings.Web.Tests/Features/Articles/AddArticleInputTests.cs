using System.Net;
using System.Text;
using AngleSharp.Dom;
using BalkanMeetings.Core.Import;
using BalkanMeetings.Web.Features.Articles;
using BalkanMeetings.Web.Tests.Features.Accounts;
using static BalkanMeetings.Web.Tests.Features.Articles.AddArticleTests;

namespace BalkanMeetings.Web.Tests.Features.Articles;

/// <summary>What the add-an-article form refuses, and how: each bad value is shown back beside its field, the form kept.</summary>
public sealed class AddArticleInputTests : IAsyncLifetime, IDisposable
{
    private readonly LogRecorder _logs = new();
    private AppFactory _app = default!;
    private EditorSession _session = default!;

    public async Task InitializeAsync()
    {
        _app = new AppFactory { Logs = _logs };
        _session = await EditorSession.SignInAsync(_app, name: "Ana Urednik");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _session.Dispose();
        _app.Dispose();
        _logs.Dispose();
    }

    [Fact]
    public async Task Bad_texts_and_files_are_refused_as_the_import_refuses_them_and_nothing_is_written()
    {
        var before = await CountsAsync(_app);

        Assert.Equal("The pasted text is empty.", await ErrorAsync(ArticleForm.TextField, new() { ["Input.Text"] = [" \n\t "] }));
        Assert.Equal("report.txt is a binary file, not text.", await ErrorAsync(ArticleForm.TextField, new(), "report.txt", [.. Encoding.UTF8.GetBytes("NATO met"), 0, 1, 2]));
        Assert.StartsWith("latin.txt is not valid UTF-8 (bad byte at offset 3)", await ErrorAsync(ArticleForm.TextField, new(), "latin.txt", Encoding.Latin1.GetBytes("Café in Skopje")), StringComparison.Ordinal);
        Assert.Equal("scan.pdf is not a .txt, .md or .html file.", await ErrorAsync(ArticleForm.TextField, new(), "scan.pdf", Encoding.UTF8.GetBytes(NewMeeting)));
        Assert.Equal(
            "The pasted text is 2 MB; articles larger than 2 MB are not imported.",
            await ErrorAsync(ArticleForm.TextField, new() { ["Input.Text"] = [new string('a', (int)ArticleFile.MaxBytes + 1)] }));

        Assert.Equal(before, await CountsAsync(_app));
    }

    [Fact]
    public async Task Bad_source_details_are_shown_back_beside_their_fields_with_the_form_kept()
    {
        var page = await PostAsync(new()
        {
            ["Input.Text"] = [NewMeeting],
            ["Input.SourceUrl"] = ["javascript:alert(1)"],
            ["Input.Language"] = ["Serbian"],
            ["Input.Published"] = ["14/03/2025"],
        });

        Assert.StartsWith("Give the article's web address", page.QuerySelector($"#error-{ArticleForm.SourceUrlField}")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Give a language tag", page.QuerySelector($"#error-{ArticleForm.LanguageField}")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Give the date as year-month-day", page.QuerySelector($"#error-{ArticleForm.PublishedField}")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, page.QuerySelectorAll(".notice.error li").Length);
        Assert.Equal(NewMeeting, page.QuerySelector("textarea[name='Input.Text']")!.TextContent);
        Assert.Equal("javascript:alert(1)", page.QuerySelector("input[name='Input.SourceUrl']")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector(".article-preview"));
    }

    [Fact]
    public async Task A_post_over_the_pages_size_limit_is_answered_413_with_an_explanation()
    {
        var form = await _session.GetPageAsync("/articles/new");
        using var response = await SubmitAsync(_session, form, new() { ["Input.Text"] = [new string('a', (int)ArticleForm.MaxRequestBytes)] });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("An article may be at most 2 MB", (await EditorSession.ParseAsync(response)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uploaded_html_file_with_source_details_is_previewed_with_them_and_its_import_is_logged_without_its_text()
    {
        var html = "<html><body><p>" + NewMeeting.Replace("\n\n", "</p><p>", StringComparison.Ordinal) + "</p></body></html>";
        var form = await _session.GetPageAsync("/articles/new");
        using var previewed = await SubmitAsync(_session, form, new() { ["Input.Outlet"] = ["Balkan Wire"], ["Input.Language"] = ["en"] }, "rutte.html", Encoding.UTF8.GetBytes(html));
        var preview = await EditorSession.ParseAsync(previewed);

        Assert.Contains("Balkan Wire", preview.QuerySelector(".article-preview .sources .meta")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Aleksandar Vučić", preview.QuerySelector(".preview-meeting .participants")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<p>", preview.QuerySelector("textarea[name='Input.Text']")!.TextContent, StringComparison.Ordinal);

        using var imported = await SubmitAsync(_session, preview, new() { ["Input.Action"] = [ArticleForm.ImportAction] });

        Assert.Equal(HttpStatusCode.SeeOther, imported.StatusCode);
        var line = Assert.Single(_logs.Messages, m => m.Contains("added by", StringComparison.Ordinal));
        Assert.Contains("added by Ana Urednik", line, StringComparison.Ordinal);
        Assert.Matches("^Article web-[0-9]{8}-[0-9a-f]{12}\\.txt added", line);
        Assert.Contains("1 meeting(s) created", line, StringComparison.Ordinal);
        Assert.DoesNotContain(_logs.Messages, m => m.Contains("KFOR", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Editors_find_the_page_from_the_review_queue_and_the_recent_changes()
    {
        Assert.NotNull((await _session.GetPageAsync("/review")).QuerySelector("a[href='/articles/new']"));
        Assert.NotNull((await _session.GetPageAsync("/changes")).QuerySelector("a[href='/articles/new']"));
        using var anonymous = EditorSession.Anonymous(_app);
        Assert.Null((await anonymous.GetPageAsync("/changes")).QuerySelector("a[href='/articles/new']"));
    }

    private async Task<string> ErrorAsync(string field, Dictionary<string, string[]> replace, string? fileName = null, byte[]? file = null) =>
        (await PostAsync(replace, fileName, file)).QuerySelector($"#error-{field}")?.TextContent ?? "(no error shown)";

    private async Task<IDocument> PostAsync(Dictionary<string, string[]> replace, string? fileName = null, byte[]? file = null)
    {
        using var response = await SubmitAsync(_session, await _session.GetPageAsync("/articles/new"), replace, fileName, file);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await EditorSession.ParseAsync(response);
    }
}
