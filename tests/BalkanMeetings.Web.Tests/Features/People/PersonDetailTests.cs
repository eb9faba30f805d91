using System.Net;
using AngleSharp.Html.Parser;
using BalkanMeetings.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BalkanMeetings.Web.Tests.Features.People;

public abstract class PersonDetailTests(AppFactory factory)
{
    [SkippableFact]
    public async Task Person_page_shows_the_name_offices_and_meetings_with_links_onward()
    {
        var id = await IdOfAsync("Mark Rutte");

        var page = await factory.GetPageAsync($"/people/{id}");

        Assert.Equal("Mark Rutte", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Mark Rutte · BalkanMeetings", page.Title);
        var links = page.QuerySelectorAll(".profile-links a");
        Assert.Equal(("All 2 meetings of this person", $"/?person={id}"), (links[0].TextContent, links[0].GetAttribute("href")));
        Assert.Equal($"/feed/meetings.atom?person={id}", links[1].GetAttribute("href"));
        Assert.Equal(("Calendar of these meetings", $"/calendar.ics?person={id}"), (links[2].TextContent, links[2].GetAttribute("href")));
        Assert.Equal($"/feed/meetings.atom?person={id}", page.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));

        var office = page.QuerySelector("table.offices tbody tr")!;
        Assert.Equal("Secretary General, NATO", office.QuerySelectorAll("td")[0].TextContent);
        Assert.Equal("1 Oct 2024", office.QuerySelector("time")!.TextContent);
        Assert.Equal("in office", office.QuerySelectorAll("td")[2].TextContent.Trim());
        Assert.StartsWith("https://", office.QuerySelector("a[rel~=external]")!.GetAttribute("href"), StringComparison.Ordinal);

        var meetings = page.QuerySelectorAll("ol.timeline li.timeline-item");
        Assert.Equal(2, meetings.Length);
        Assert.All(meetings, m => Assert.Matches(@"^/meetings/\d+$", m.QuerySelector("a.title")!.GetAttribute("href")));
        Assert.Equal("Date unknown", page.QuerySelector("h3.year-head")!.TextContent);
        Assert.Equal(["Bosnia and Herzegovina", "Kosovo"], page.QuerySelectorAll("#countries-met + ol .name a").Select(a => a.TextContent));
        Assert.Equal($"/?country=BA&person={id}", page.QuerySelector("#countries-met + ol a.n")!.GetAttribute("href"));
    }

    [SkippableFact]
    public async Task Timeline_sets_the_reference_office_beside_a_wrong_one_and_groups_by_year()
    {
        var id = await IdOfAsync("Jens Stoltenberg");
        var abazovic = await IdOfAsync("Dritan Abazović");

        var page = await factory.GetPageAsync($"/people/{id}");

        Assert.Equal(["2021", "2024"], page.QuerySelectorAll("h3.year-head").Select(h => h.TextContent));
        var differs = page.QuerySelectorAll(".check.differs").Select(c => c.TextContent).ToList();
        Assert.Equal(
            [
                "Reference data differs: no office on 16 Dec 2024 (Secretary General, NATO until 1 Oct 2024).",
                "Reference data differs: no office on 18 Dec 2024 (Secretary General, NATO until 1 Oct 2024).",
            ],
            differs);
        Assert.Single(page.QuerySelectorAll(".check.agrees"));
        var met = page.QuerySelectorAll("#people-met + ol > li");
        Assert.Equal(3, met.Length);
        var withAbazovic = met.Single(li => li.QuerySelector(".name a")!.TextContent == "Dritan Abazović");
        Assert.Equal($"/people/{abazovic}", withAbazovic.QuerySelector(".name a")!.GetAttribute("href"));
        Assert.Equal($"/?person={id}&person={abazovic}", withAbazovic.QuerySelector("a.n")!.GetAttribute("href"));
        Assert.Equal("1 meeting with Dritan Abazović", withAbazovic.QuerySelector("a.n")!.TextContent);
    }

    [SkippableFact]
    public async Task A_wrong_office_shows_the_reference_office_of_that_day_and_names_keep_their_letters()
    {
        var id = await IdOfAsync("Željko Komšić");

        using var client = factory.CreateClient();
        var html = await client.GetStringAsync(new Uri($"/people/{id}", UriKind.Relative));

        Assert.Contains("<h1>Željko Komšić</h1>", html, StringComparison.Ordinal);
        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal("The one meeting of this person", page.QuerySelector(".profile-links a")!.TextContent);
        var check = page.QuerySelector(".check.differs")!;
        Assert.Equal("Reference data differs: Member of the Presidency, Bosnia and Herzegovina on 18 Dec 2024.", check.TextContent);
    }

    [SkippableTheory]
    [InlineData("/people/999999")]
    [InlineData("/people/0")]
    public async Task Unknown_person_is_a_404_with_the_not_found_page(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Not found", page.QuerySelector("main h1")!.TextContent);
        Assert.Null(page.QuerySelector(".profile"));
    }

    private async Task<int> IdOfAsync(string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>();
        return await db.People.Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
    }
}

public sealed class SqlitePersonDetailTests(SeededApp seeded) : PersonDetailTests(seeded.App), IClassFixture<SeededApp>;

[Trait("Category", "PostgreSQL")]
public sealed class PostgresPersonDetailTests(PostgresSeededApp seeded) : PersonDetailTests(seeded.App), IClassFixture<PostgresSeededApp>;
