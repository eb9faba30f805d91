using System.Net;
using System.Text.Json;

namespace BalkanMeetings.Web.Tests.Features.Api;

public abstract class MeetingApiTests(AppFactory factory)
{
    [SkippableFact]
    public async Task Meetings_come_a_page_at_a_time_with_next_and_previous_links_until_all_are_read()
    {
        using var client = factory.CreateClient();
        var ids = new List<int>();
        var pages = new List<JsonElement>();

        for (var url = "/api/meetings?size=2"; url is not null;)
        {
            var page = await GetJsonAsync(client, url);
            pages.Add(page);
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
            url = page.GetProperty("links").GetProperty("next").GetString();
        }

        Assert.Equal(3, pages.Count);
        Assert.All(pages, p => Assert.Equal((6, 2, 3), (p.GetProperty("total").GetInt32(), p.GetProperty("size").GetInt32(), p.GetProperty("pageCount").GetInt32())));
        Assert.Equal([1, 2, 3], pages.Select(p => p.GetProperty("page").GetInt32()));
        Assert.Equal(6, ids.Distinct().Count());
        Assert.Equal(JsonValueKind.Null, pages[0].GetProperty("links").GetProperty("prev").ValueKind);
        Assert.Equal("http://localhost/api/meetings?page=2&size=2", pages[2].GetProperty("links").GetProperty("prev").GetString());
        Assert.Equal("http://localhost/api/meetings?page=3&size=2", pages[2].GetProperty("links").GetProperty("self").GetString());
        Assert.Empty(pages[0].GetProperty("ignored").EnumerateArray());
    }

    [SkippableFact]
    public async Task Links_lead_to_the_same_filter_on_the_site_in_the_exports_and_the_feed()
    {
        using var client = factory.CreateClient();

        var links = (await GetJsonAsync(client, "/api/meetings?country=BA&size=2&page=2")).GetProperty("links");

        Assert.Equal("http://localhost/?country=BA&page=2&size=2", links.GetProperty("html").GetString());
        Assert.Equal("http://localhost/export/meetings.csv?country=BA", links.GetProperty("csv").GetString());
        Assert.Equal("http://localhost/feed/meetings.atom?country=BA", links.GetProperty("atom").GetString());
        Assert.Equal("http://localhost/calendar.ics?country=BA", links.GetProperty("calendar").GetString());
        Assert.Equal(JsonValueKind.Null, links.GetProperty("next").ValueKind);
    }

    [SkippableFact]
    public async Task Values_that_cannot_be_used_are_listed_in_ignored_and_never_fail_the_request()
    {
        using var client = factory.CreateClient();

        var page = await GetJsonAsync(client, "/api/meetings?page=-5&from=2024-13-45&country=ZZ&facets=perhaps&q=" + new string('a', 10_000));

        var ignored = page.GetProperty("ignored").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(5, ignored.Count);
        Assert.Contains(ignored, m => m.Contains("page=-5", StringComparison.Ordinal));
        Assert.Contains(ignored, m => m.Contains("2024-13-45", StringComparison.Ordinal));
        Assert.Contains(ignored, m => m.Contains("ZZ", StringComparison.Ordinal));
        Assert.Contains(ignored, m => m.Contains("search text was cut", StringComparison.Ordinal));
        Assert.Contains(ignored, m => m.Contains("facets=perhaps", StringComparison.Ordinal));
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.False(page.TryGetProperty("facets", out _));
    }

    [SkippableTheory]
    [InlineData("/api/meetings?size=0&person=abc&topic=-1&status=maybe&flags=all&sort=sideways")]
    [InlineData("/api/meetings?page=999999&size=100")]
    [InlineData("/api/meetings?person=999999999999999999999&initiative=0")]
    [InlineData("/api/meetings?official=%00%FF%FE&office=%3Cscript%3E")]
    [InlineData("/api/people?page=0&size=1000&official=")]
    public async Task Odd_queries_answer_200_and_say_what_they_ignored(string url)
    {
        using var client = factory.CreateClient();

        var page = await GetJsonAsync(client, url);

        Assert.True(page.GetProperty("total").GetInt32() >= 0);
        Assert.Equal(JsonValueKind.Array, page.GetProperty("ignored").ValueKind);
    }

    [SkippableFact]
    public async Task Facets_come_when_asked_for_and_count_the_whole_result()
    {
        using var client = factory.CreateClient();

        var facets = (await GetJsonAsync(client, "/api/meetings?country=BA&size=1&facets=true")).GetProperty("facets");

        var country = Assert.Single(facets.GetProperty("countries").EnumerateArray());
        Assert.Equal(("BA", 3), (country.GetProperty("value").GetString(), country.GetProperty("count").GetInt32()));
        Assert.Contains(facets.GetProperty("statuses").EnumerateArray(), s => s.GetProperty("value").GetString() == "planned");
    }

    [SkippableFact]
    public async Task One_meeting_by_id_and_an_unknown_id_is_a_404_problem()
    {
        using var client = factory.CreateClient();
        var first = (await GetJsonAsync(client, "/api/meetings?country=BA")).GetProperty("items")[0];

        var meeting = await GetJsonAsync(client, "/api/meetings/" + first.GetProperty("id").GetInt32());
        using var missing = await client.GetAsync(new Uri("/api/meetings/999999", UriKind.Relative));

        Assert.Equal(first.GetRawText(), meeting.GetRawText());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await missing.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("There is no meeting number 999999.", problem.RootElement.GetProperty("detail").GetString());
    }

    [SkippableFact]
    public async Task Unknown_api_paths_and_other_methods_answer_with_problems_not_html()
    {
        using var client = factory.CreateClient();

        using var unknown = await client.GetAsync(new Uri("/api/meetings/abc", UriKind.Relative));
        using var post = await client.PostAsync(new Uri("/api/meetings", UriKind.Relative), new StringContent("{}"));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal("application/problem+json", post.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["GET"], post.Content.Headers.Allow);
    }

    [SkippableFact]
    public async Task Answers_may_be_read_from_any_site_and_cached_briefly()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/countries", UriKind.Relative));

        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.CacheControl!.MaxAge);
        Assert.True(response.Headers.CacheControl.Public);
    }

    [SkippableFact]
    public async Task People_are_found_by_a_name_typed_in_cyrillic_and_one_person_lists_the_offices_held()
    {
        using var client = factory.CreateClient();

        var found = await GetJsonAsync(client, "/api/people?official=" + Uri.EscapeDataString("Комшић"));
        var person = Assert.Single(found.GetProperty("items").EnumerateArray());
        var detail = await GetJsonAsync(client, person.GetProperty("links").GetProperty("self").GetString()!);
        using var missing = await client.GetAsync(new Uri("/api/people/999999", UriKind.Relative));

        Assert.Equal("Željko Komšić", person.GetProperty("name").GetString());
        Assert.Equal(1, person.GetProperty("meetingCount").GetInt32());
        Assert.Equal("Željko Komšić", detail.GetProperty("name").GetString());
        Assert.Contains(detail.GetProperty("offices").EnumerateArray(), o => o.GetProperty("title").GetString() == "Chair of the Presidency");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var meetings = await GetJsonAsync(client, person.GetProperty("links").GetProperty("meetings").GetString()!);
        Assert.Equal("Jens Stoltenberg meets Željko Komšić", Assert.Single(meetings.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
    }

    [SkippableFact]
    public async Task People_come_a_page_at_a_time()
    {
        using var client = factory.CreateClient();

        var first = await GetJsonAsync(client, "/api/people?size=3");
        var second = await GetJsonAsync(client, first.GetProperty("links").GetProperty("next").GetString()!);

        Assert.Equal(3, first.GetProperty("items").GetArrayLength());
        Assert.True(first.GetProperty("total").GetInt32() > 3);
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Empty(first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32())
            .Intersect(second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32())));
    }

    [SkippableFact]
    public async Task Lookups_list_what_the_filters_can_select_with_meeting_counts_that_match_the_filter()
    {
        using var client = factory.CreateClient();

        var countries = await GetJsonAsync(client, "/api/countries");
        var topics = await GetJsonAsync(client, "/api/topics");
        var initiatives = await GetJsonAsync(client, "/api/initiatives");

        Assert.Equal(6, countries.GetProperty("total").GetInt32());
        var bosnia = countries.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "BA");
        Assert.Equal(3, bosnia.GetProperty("meetingCount").GetInt32());
        Assert.Equal(3, (await GetJsonAsync(client, bosnia.GetProperty("links").GetProperty("meetings").GetString()!)).GetProperty("total").GetInt32());

        foreach (var list in new[] { topics, initiatives })
        {
            var used = list.GetProperty("items").EnumerateArray().First(i => i.GetProperty("meetingCount").GetInt32() > 0);
            var meetings = await GetJsonAsync(client, used.GetProperty("links").GetProperty("meetings").GetString()!);
            Assert.Equal(used.GetProperty("meetingCount").GetInt32(), meetings.GetProperty("total").GetInt32());
        }

        Assert.Contains(initiatives.GetProperty("items").EnumerateArray(), i => i.GetProperty("name").GetString() == "Joint Military Exercises");
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }
}

public sealed class SqliteMeetingApiTests(SeededApp seeded) : MeetingApiTests(seeded.App), IClassFixture<SeededApp>;

[Trait("Category", "PostgreSQL")]
public sealed class PostgresMeetingApiTests(PostgresSeededApp seeded) : MeetingApiTests(seeded.App), IClassFixture<PostgresSeededApp>;
