using BalkanMeetings.Core.Browse;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Tests.Browse;

public sealed class TopicIndexTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Topics_come_most_meetings_first_with_counts_that_match_the_links()
    {
        await using var db = seeded.CreateContext();

        var topics = await TopicIndex.LoadAsync(db, ListOrder.ByCount, CancellationToken.None);

        Assert.Equal(await db.Topics.CountAsync(), topics.Count);
        Assert.Equal(topics.Select(t => t.MeetingCount).OrderDescending(), topics.Select(t => t.MeetingCount));
        var top = topics[0];
        Assert.Equal(await db.MeetingTopics.CountAsync(m => m.TopicId == top.Id), top.MeetingCount);
        Assert.True(top.MeetingCount > 1);
        Assert.Contains(topics, t => t.MeetingCount == 0);
    }

    [Fact]
    public async Task Sorted_by_name_and_a_topics_own_name_is_not_among_its_synonyms()
    {
        await using var db = seeded.CreateContext();

        var topics = await TopicIndex.LoadAsync(db, ListOrder.ByName, CancellationToken.None);

        Assert.Equal(topics.Select(t => t.Name).Order(StringComparer.InvariantCultureIgnoreCase), topics.Select(t => t.Name));
        var stability = topics.Single(t => t.Name == "regional stability");
        Assert.DoesNotContain("regional stability", stability.Synonyms);
        Assert.Contains("stability in the region", stability.Synonyms);
        Assert.InRange(stability.Synonyms.Count, 1, TopicIndex.SynonymsShown);
        Assert.True(stability.SynonymCount >= stability.Synonyms.Count);
    }

    [Fact]
    public async Task Initiatives_keep_their_objective_and_timeline_and_the_countries_of_their_meetings()
    {
        await using var db = seeded.CreateContext();

        var byCount = await InitiativeIndex.LoadAsync(db, ListOrder.ByCount, CancellationToken.None);
        var byName = await InitiativeIndex.LoadAsync(db, ListOrder.ByName, CancellationToken.None);

        Assert.Equal(await db.Initiatives.CountAsync(), byCount.Count);
        Assert.Equal(byCount.Select(i => i.MeetingCount).OrderDescending(), byCount.Select(i => i.MeetingCount));
        Assert.Equal(byName.Select(i => i.Name).Order(StringComparer.InvariantCultureIgnoreCase), byName.Select(i => i.Name));
        Assert.All(byCount, i => Assert.True(i.MeetingCount >= 1));
        var cyber = byCount.Single(i => i.Name == "Cyber Defense Framework");
        Assert.Equal(("Strengthen cyber resilience", "2024"), (cyber.Objective, cyber.Timeline));
        Assert.NotEmpty(cyber.Countries);
        var dialogues = byCount.Single(i => i.Name == "Regional Political Dialogues");
        Assert.Null(dialogues.Timeline);
    }
}
