using BalkanMeetings.Core.Import;

namespace BalkanMeetings.Core.Tests.Import;

public sealed class ArticleFileTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("bm-article-file-");

    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("ftp://files.example.org/article.txt")]
    [InlineData("/2025/03/relative")]
    public async Task A_sidecar_source_url_that_is_not_a_web_address_refuses_the_article_saying_why(string url)
    {
        var path = await WriteAsync(url);

        var refusal = await Assert.ThrowsAsync<BadArticleException>(() => ArticleFile.ReadAsync(path, CancellationToken.None));

        Assert.StartsWith("wire.meta.json: \"source_url\" must be an http or https address", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://news.example.org/2025/03/rutte?a=1&b=2")]
    [InlineData("http://news.example.org/story")]
    public async Task A_web_address_is_kept(string url)
    {
        var file = await ArticleFile.ReadAsync(await WriteAsync(url), CancellationToken.None);

        Assert.Equal(url, file.Meta!.SourceUrl);
    }

    [Fact]
    public async Task The_sidecar_gives_a_byline_by_either_name_and_a_language_tag()
    {
        var byline = await ArticleFile.ReadAsync(await WriteSidecarAsync(new() { ["byline"] = "Ana Petrović", ["language"] = "sr-Latn" }), CancellationToken.None);
        var author = await ArticleFile.ReadAsync(await WriteSidecarAsync(new() { ["author"] = " WBN Podgorica " }), CancellationToken.None);

        Assert.Equal(("Ana Petrović", "sr-Latn"), (byline.Meta!.Byline, byline.Meta.Language));
        Assert.Equal("WBN Podgorica", author.Meta!.Byline);
    }

    [Fact]
    public async Task A_sidecar_language_that_is_not_a_tag_refuses_the_article_saying_why()
    {
        var path = await WriteSidecarAsync(new() { ["language"] = "Serbian, Latin script" });

        var refusal = await Assert.ThrowsAsync<BadArticleException>(() => ArticleFile.ReadAsync(path, CancellationToken.None));

        Assert.StartsWith("wire.meta.json: \"language\" must be a language tag", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bytes_given_in_memory_read_as_the_same_file_does_and_a_description_changes_the_content_hash_only()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("\uFEFFNATO Secretary General Mark Rutte met Albin Kurti in Pristina on 12 May 2025.\n");
        var path = Path.Combine(_folder.FullName, "same.txt");
        await File.WriteAllBytesAsync(path, bytes);

        var read = await ArticleFile.ReadAsync(path, CancellationToken.None);
        var given = ArticleFile.FromBytes("same.txt", bytes, meta: null);
        var described = ArticleFile.FromBytes("same.txt", bytes, new ArticleMeta(null, "Kosovo Wire", null, null));

        Assert.Equal((read.Text, read.ContentHash, read.TextHash), (given.Text, given.ContentHash, given.TextHash));
        Assert.Equal(read.ContentHash, read.TextHash);
        Assert.Equal(read.TextHash, described.TextHash);
        Assert.NotEqual(read.ContentHash, described.ContentHash);
    }

    [Fact]
    public void Bytes_given_in_memory_are_refused_by_the_rules_of_a_file()
    {
        Assert.Equal("x.txt is empty.", Assert.Throws<BadArticleException>(() => ArticleFile.FromBytes("x.txt", " \r\n"u8.ToArray(), null)).Message);
        Assert.Equal("x.txt is a binary file, not text.", Assert.Throws<BadArticleException>(() => ArticleFile.FromBytes("x.txt", [65, 0, 66], null)).Message);
        Assert.StartsWith("x.txt is not valid UTF-8", Assert.Throws<BadArticleException>(() => ArticleFile.FromBytes("x.txt", [65, 0xE9, 66], null)).Message, StringComparison.Ordinal);
        Assert.EndsWith("articles larger than 2 MB are not imported.", Assert.Throws<BadArticleException>(() => ArticleFile.FromBytes("x.txt", new byte[ArticleFile.MaxBytes + 1], null)).Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private Task<string> WriteAsync(string sourceUrl) => WriteSidecarAsync(new() { ["source_url"] = sourceUrl });

    private async Task<string> WriteSidecarAsync(Dictionary<string, string> sidecar)
    {
        var path = Path.Combine(_folder.FullName, "wire.txt");
        await File.WriteAllTextAsync(path, "NATO Secretary General Mark Rutte met Serbian President Aleksandar Vučić in Brussels on 3 March 2025.\n");
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "wire.meta.json"), System.Text.Json.JsonSerializer.Serialize(sidecar));
        return path;
    }
}
