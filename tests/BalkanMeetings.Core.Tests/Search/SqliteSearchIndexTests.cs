using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Search;
using BalkanMeetings.Core.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BalkanMeetings.Core.Tests.Search;

public sealed class SqliteSearchIndexTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Theory]
    [InlineData("Dukanovic")]
    [InlineData("Đukanović")]
    [InlineData("Ђукановић")]
    [InlineData("đukan*")]
    public async Task Article_text_is_found_without_diacritics_in_cyrillic_and_by_prefix(string words)
    {
        await _database.MigrateAsync();
        var meeting = await AddReportedMeetingAsync("Stoltenberg meets the President", "BRUSSELS – Milo Đukanović met NATO's Secretary General.");

        await using var db = _database.CreateContext();
        var found = await new SqliteSearchIndex(db).MeetingsMatching(SearchQuery.Parse(words)).ToListAsync();

        Assert.Equal([meeting], found);
    }

    [Fact]
    public async Task Every_word_must_match_in_the_meeting_or_its_article()
    {
        await _database.MigrateAsync();
        var sarajevo = await AddReportedMeetingAsync("Rutte in Sarajevo", "The Secretary General visited Bosnia and Herzegovina.");
        await AddReportedMeetingAsync("Rutte in Pristina", "The Secretary General visited KFOR.");

        await using var db = _database.CreateContext();
        var index = new SqliteSearchIndex(db);

        Assert.Equal([sarajevo], await index.MeetingsMatching(SearchQuery.Parse("sarajevo secretary")).ToListAsync());
        Assert.Equal(2, await index.MeetingsMatching(SearchQuery.Parse("secretary rutte")).CountAsync());
        Assert.Empty(await index.MeetingsMatching(SearchQuery.Parse("sarajevo kfor")).ToListAsync());
    }

    [Fact]
    public async Task Hits_rank_each_meeting_once_and_snippets_mark_the_original_text_of_the_meetings_asked_for_only()
    {
        await _database.MigrateAsync();
        var meeting = await AddReportedMeetingAsync("Stoltenberg meets Đukanović", "Talks in Brussels. Milo Đukanović thanked the Allies.");
        var other = await AddReportedMeetingAsync("Rutte meets Đukanović", "Talks in Podgorica with Milo Đukanović.");

        await using var db = _database.CreateContext();
        var index = new SqliteSearchIndex(db);
        var query = SearchQuery.Parse("dukanovic");
        var hits = await index.Hits(query).ToListAsync();
        var snippets = await index.SnippetsAsync(query, [meeting], CancellationToken.None);

        Assert.Equal([meeting, other], hits.Select(h => h.MeetingId).Order());
        Assert.Equal([meeting], snippets.Keys);
        Assert.Contains($"{SearchHit.MarkStart}Đukanović{SearchHit.MarkEnd}", snippets[meeting], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_follows_articles_as_they_change_and_go()
    {
        await _database.MigrateAsync();
        var meeting = await AddReportedMeetingAsync("A meeting", "First they spoke of Skopje.");
        await using var db = _database.CreateContext();
        var index = new SqliteSearchIndex(db);

        var article = await db.Articles.SingleAsync();
        article.NormalisedText = "Now they speak of Tirana.";
        await db.SaveChangesAsync();
        Assert.Empty(await index.MeetingsMatching(SearchQuery.Parse("skopje")).ToListAsync());
        Assert.Equal([meeting], await index.MeetingsMatching(SearchQuery.Parse("tirana")).ToListAsync());

        db.Articles.Remove(article);
        await db.SaveChangesAsync();
        Assert.Empty(await index.MeetingsMatching(SearchQuery.Parse("tirana")).ToListAsync());
    }

    [Fact]
    public async Task Migrating_an_older_database_indexes_what_it_holds_and_points_flags_at_meetings()
    {
        await using (var db = _database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("0001_Initial");
        }

        var meeting = await AddReportedMeetingAsync("Old meeting", "Imported before search existed: Podgorica.");
        await _database.QueryAsync(
            "INSERT INTO ReviewFlags (Kind, Severity, Message, RecordType, RecordId, CreatedAtUtc, Status) VALUES ('MissingDate', 'Warning', 'No date', 'Meeting', $m, '2025-01-01', 'Open')",
            ("$m", meeting));

        await _database.MigrateAsync();

        await using var check = _database.CreateContext();
        Assert.Equal([meeting], await new SqliteSearchIndex(check).MeetingsMatching(SearchQuery.Parse("podgorica")).ToListAsync());
        Assert.Equal(meeting, (await check.ReviewFlags.SingleAsync()).MeetingId);
    }

    private async Task<int> AddReportedMeetingAsync(string title, string text)
    {
        await using var db = _database.CreateContext();
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

    public void Dispose() => _database.Dispose();
}
