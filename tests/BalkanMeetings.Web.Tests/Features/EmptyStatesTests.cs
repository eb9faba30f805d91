using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BalkanMeetings.Web.Tests.Features;

/// <summary>The browsing pages on a site that has its reference data but no article yet.</summary>
public sealed class EmptyStatesTests(EmptyStatesTests.ReferenceOnlyApp app) : IClassFixture<EmptyStatesTests.ReferenceOnlyApp>
{
    [Fact]
    public async Task Initiatives_page_says_there_are_none_yet()
    {
        var page = await app.GetPageAsync("/initiatives");

        Assert.Equal("No initiatives yet", page.QuerySelector(".empty h2")!.TextContent);
        Assert.Null(page.QuerySelector("ol.entries"));
        Assert.Null(page.QuerySelector("nav.sort-links"));
    }

    [Fact]
    public async Task Topics_are_listed_without_links_while_no_meeting_has_them()
    {
        var page = await app.GetPageAsync("/topics");

        Assert.NotEmpty(page.QuerySelectorAll("ol.entries > li"));
        Assert.Empty(page.QuerySelectorAll("ol.entries h2 a"));
        Assert.All(page.QuerySelectorAll("ol.entries .n"), n => Assert.Equal("no meetings yet", n.TextContent));
    }

    [Fact]
    public async Task Countries_and_people_have_pages_with_nothing_met_yet()
    {
        var countries = await app.GetPageAsync("/countries");
        var person = await app.GetPageAsync("/people/1");

        Assert.Equal(6, countries.QuerySelectorAll("ul.country-cards > li").Length);
        Assert.All(countries.QuerySelectorAll(".numbers span"), s => Assert.Equal("No meetings yet", s.TextContent));
        Assert.Equal("No meetings with this person have been imported yet.", person.QuerySelector("#timeline + p.empty-note")!.TextContent);
        Assert.Equal(["Atom feed of these meetings", "Calendar of these meetings", "History of this record"], person.QuerySelectorAll(".profile-links a").Select(a => a.TextContent));
        Assert.Equal("No other identified person at these meetings.", person.QuerySelector("#people-met + p.empty-note")!.TextContent);
    }

    /// <summary>The app with the repository's reference data and a seeds folder holding no article.</summary>
    public sealed class ReferenceOnlyApp : WebApplicationFactory<Program>
    {
        private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("bm-web-empty-");

        public ReferenceOnlyApp()
        {
            var reference = Directory.CreateDirectory(Path.Combine(_folder.FullName, "seeds", "reference"));
            foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.SeedsFolder, "reference")))
            {
                File.Copy(file, Path.Combine(reference.FullName, Path.GetFileName(file)));
            }
        }

        public async Task<AngleSharp.Dom.IDocument> GetPageAsync(string url)
        {
            using var client = CreateClient();
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            return new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Database:Path", Path.Combine(_folder.FullName, "app.db"));
            builder.UseSetting("Seeds:Folder", Path.Combine(_folder.FullName, "seeds"));
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                _folder.Refresh();
                if (_folder.Exists)
                {
                    _folder.Delete(recursive: true);
                }
            }
        }
    }
}
