using System.Globalization;

namespace BalkanMeetings.Web.Tests.Features.Topics;

public abstract class TopicListTests(AppFactory factory)
{
    [SkippableFact]
    public async Task Topics_come_most_meetings_first_each_linking_to_its_meetings()
    {
        var page = await factory.GetPageAsync("/topics");

        var entries = page.QuerySelectorAll("ol.entries > li");
        Assert.NotEmpty(entries);
        var counts = entries.Select(Count).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
        Assert.True(counts[0] > 1);
        var first = entries[0].QuerySelector("h2 a")!;
        Assert.Matches(@"^/\?topic=\d+$", first.GetAttribute("href"));
        Assert.Equal("true", page.QuerySelector("nav.sort-links a[href='/topics']")!.GetAttribute("aria-current"));

        // A topic nobody has met yet is listed but has no link to an empty list.
        var unused = entries[^1];
        Assert.Equal("no meetings yet", unused.QuerySelector(".n")!.TextContent);
        Assert.Null(unused.QuerySelector("h2 a"));
    }

    [SkippableFact]
    public async Task Topics_sorted_by_name_show_a_few_synonyms()
    {
        var page = await factory.GetPageAsync("/topics?sort=name");

        var names = page.QuerySelectorAll("ol.entries h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(names.Order(StringComparer.InvariantCultureIgnoreCase), names);
        Assert.Equal("true", page.QuerySelector("nav.sort-links a[href='/topics?sort=name']")!.GetAttribute("aria-current"));
        var stability = page.QuerySelectorAll("ol.entries > li").Single(li => li.QuerySelector("h2")!.TextContent.Trim() == "regional stability");
        var synonyms = stability.QuerySelector(".synonyms")!.TextContent;
        Assert.Contains("“stability in the region”", synonyms, StringComparison.Ordinal);
        Assert.DoesNotContain("“regional stability”", synonyms, StringComparison.Ordinal);
    }

    private static int Count(AngleSharp.Dom.IElement entry)
    {
        var text = entry.QuerySelector(".n")!.TextContent;
        return text.StartsWith("no ", StringComparison.Ordinal) ? 0 : int.Parse(text.Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    }
}

public sealed class SqliteTopicListTests(SeededApp seeded) : TopicListTests(seeded.App), IClassFixture<SeededApp>;

[Trait("Category", "PostgreSQL")]
public sealed class PostgresTopicListTests(PostgresSeededApp seeded) : TopicListTests(seeded.App), IClassFixture<PostgresSeededApp>;
