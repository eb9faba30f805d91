using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Search;
using BalkanMeetings.Core.Tests.Data;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Tests.Search;

/// <summary>What every provider's <see cref="Core.Search.ISearchIndex"/> does, run on each (<see cref="TestProviders"/>).</summary>
public abstract class SearchIndexTests
{
    private protected abstract DatabaseProvider Provider { get; }

    [SkippableTheory]
    [InlineData("Dukanovic")]
    [InlineData("Đukanović")]
    [InlineData("Ђукановић")]
    [InlineData("đukan*")]
    public async Task Article_text_is_found_without_diacritics_in_cyrillic_and_by_prefix(string words)
    {
        await using var database = await OpenAsync();
        var meeting = await AddReportedMeetingAsync(database, "Stoltenberg meets the President", "BRUSSELS – Milo Đukanović met NATO's Secretary General.");

        await using var db = database.CreateContext();
        var found = await TestProviders.SearchIndex(db, Provider).MeetingsMatching(SearchQuery.Parse(words)).ToListAsync();

        Assert.Equal([meeting], found);
    }

    [SkippableFact]
    public async Task Every_word_must_match_in_the_meeting_or_its_article()
    {
        await using var database = await OpenAsync();
        var sarajevo = await AddReportedMeetingAsync(database, "Rutte in Sarajevo", "The Secretary General visited Bosnia and Herzegovina.");
        await AddReportedMeetingAsync(database, "Rutte in Pristina", "The Secretary General visited KFOR.");

        await using var db = database.CreateContext();
        var index = TestProviders.SearchIndex(db, Provider);

        Assert.Equal([sarajevo], await index.MeetingsMatching(SearchQuery.Parse("sarajevo secretary")).ToListAsync());
        Assert.Equal(2, await index.MeetingsMatching(SearchQuery.Parse("secretary rutte")).CountAsync());
        Assert.Empty(await index.MeetingsMatching(SearchQuery.Parse("sarajevo kfor")).ToListAsync());
    }

    [SkippableFact]
    public async Task Hits_rank_each_meeting_once_and_snippets_mark_the_original_text_of_the_meetings_asked_for_only()
    {
        await using var database = await OpenAsync();
        var meeting = await AddReportedMeetingAsync(database, "Stoltenberg meets Đukanović", "Talks in Brussels. Milo Đukanović thanked the Allies.");
        var other = await AddReportedMeetingAsync(database, "Rutte meets Đukanović", "Talks in Podgorica with Milo Đukanović.");

        await using var db = database.CreateContext();
        var index = TestProviders.SearchIndex(db, Provider);
        var query = SearchQuery.Parse("dukanovic");
        var hits = await index.Hits(query).ToListAsync();
        var snippets = await index.SnippetsAsync(query, [meeting], CancellationToken.None);

        Assert.Equal([meeting, other], hits.Select(h => h.MeetingId).Order());
        Assert.Equal([meeting], snippets.Keys);
        Assert.Contains($"{SearchHit.MarkStart}Đukanović{SearchHit.MarkEnd}", snippets[meeting], StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Index_follows_articles_as_they_change_and_go()
    {
        await using var database = await OpenAsync();
        var meeting = await AddReportedMeetingAsync(database, "A meeting", "First they spoke of Skopje.");
        await using var db = database.CreateContext();
        var index = TestProviders.SearchIndex(db, Provider);

        var article = await db.Articles.SingleAsync();
        article.NormalisedText = "Now they speak of Tirana.";
        await db.SaveChangesAsync();
        Assert.Empty(await index.MeetingsMatching(SearchQuery.Parse("skopje")).ToListAsync());
        Assert.Equal([meeting], await index.MeetingsMatching(SearchQuery.Parse("tirana")).ToListAsync());

        db.Articles.Remove(article);
        await db.SaveChangesAsync();
        Assert.Empty(await index.MeetingsMatching(SearchQuery.Parse("tirana")).ToListAsync());
    }

    internal static async Task<int> AddReportedMeetingAsync(ITestDatabase database, string title, string text)
    {
        await using var db = database.CreateContext();
        var article = new Article
        {
            FileName = Guid.NewGuid().ToString("N") + ".md",
            ContentHash = Guid.NewGuid().ToString("N"),
            Title = title,
            OriginalText = text,
            NormalisedText = text,
        };
        var meeting = new Meeting { Title = title };
        meeting.Sources.Add(new MeetingSource { Article = article });
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        return meeting.Id;
    }

    private async Task<ITestDatabase> OpenAsync()
    {
        var database = await TestProviders.OpenAsync(Provider);
        await database.MigrateAsync();
        return database;
    }
}

[Trait("Category", "PostgreSQL")]
public sealed class PostgresSearchIndexTests : SearchIndexTests
{
    private protected override DatabaseProvider Provider => DatabaseProvider.PostgreSQL;
}
