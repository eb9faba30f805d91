using System.Globalization;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Tests.Editing;

/// <summary>The lists an editor keeps may not grow without end: the save is refused beside the field, and nothing is written.</summary>
public sealed class ListLimitTests : IAsyncLifetime
{
    private readonly EditingDatabase _database = new();

    [Fact]
    public async Task A_person_may_have_at_most_fifty_aliases()
    {
        var id = await IdAsync(db => db.People.Where(p => p.Name == "Jens Stoltenberg").Select(p => p.Id));

        var refused = await _database.SaveAsync(nameof(Person), id, new() { [PersonRecord.Aliases] = Phrases("Stoltenberg", FieldLimits.Aliases + 1) });
        var kept = await _database.SaveAsync(nameof(Person), id, new() { [PersonRecord.Aliases] = Phrases("Stoltenberg", FieldLimits.Aliases) });

        Assert.Equal(EditStatus.Invalid, refused.Status);
        Assert.Equal("Keep at most 50 aliases; this list has 51.", refused.Errors[PersonRecord.Aliases]);
        Assert.Equal(EditStatus.Saved, kept.Status);
    }

    [Fact]
    public async Task A_topic_may_have_at_most_fifty_synonyms()
    {
        var id = await IdAsync(db => db.Topics.OrderBy(t => t.Id).Select(t => t.Id));

        var refused = await _database.SaveAsync(nameof(Topic), id, new() { [TopicRecord.Synonyms] = Phrases("synonym", FieldLimits.Synonyms + 1) });

        Assert.Equal(EditStatus.Invalid, refused.Status);
        Assert.Contains("at most 50 synonyms", refused.Errors[TopicRecord.Synonyms], StringComparison.Ordinal);
        await using var db = _database.CreateContext();
        Assert.Empty(db.Revisions);
    }

    [Fact]
    public async Task A_meeting_may_have_at_most_fifty_topics_but_one_already_over_may_keep_them()
    {
        List<int> topics;
        await using (var db = _database.CreateContext())
        {
            db.Topics.AddRange(Enumerable.Range(0, FieldLimits.MeetingTopics + 1).Select(i => new Topic { Name = $"topic {i}" }));
            await db.SaveChangesAsync();
            topics = await db.Topics.OrderBy(t => t.Id).Select(t => t.Id).Take(FieldLimits.MeetingTopics + 1).ToListAsync();
        }

        var refused = await _database.EditMeetingAsync(1, new() { [MeetingRecord.Topics] = MeetingRecord.List(topics) }, "all of them");
        Assert.Equal(EditStatus.Invalid, refused.Status);
        Assert.Equal("A meeting can have at most 50 topics.", refused.Errors[MeetingRecord.Topics]);

        // Over the limit already (an import or a merge may leave more), the list may stay as it is or shrink.
        await using (var db = _database.CreateContext())
        {
            var linked = await db.MeetingTopics.Where(m => m.MeetingId == 1).Select(m => m.TopicId).ToListAsync();
            db.MeetingTopics.AddRange(topics.Except(linked).Select(t => new MeetingTopic { MeetingId = 1, TopicId = t, RawLabel = "imported" }));
            await db.SaveChangesAsync();
        }

        Assert.Equal(EditStatus.Saved, (await _database.EditMeetingAsync(1, new() { [MeetingRecord.City] = "Podgorica" }, "city")).Status);
        Assert.Equal(EditStatus.Saved, (await _database.EditMeetingAsync(1, new() { [MeetingRecord.Topics] = MeetingRecord.List(topics.Take(FieldLimits.MeetingTopics)) }, "fewer")).Status);
    }

    [Fact]
    public async Task A_meeting_may_link_at_most_fifty_initiatives()
    {
        List<int> initiatives;
        await using (var db = _database.CreateContext())
        {
            db.Initiatives.AddRange(Enumerable.Range(0, FieldLimits.MeetingInitiatives + 1).Select(i => new Initiative { Name = $"Initiative {i}", NameKey = $"initiative {i}" }));
            await db.SaveChangesAsync();
            initiatives = await db.Initiatives.OrderByDescending(i => i.Id).Select(i => i.Id).Take(FieldLimits.MeetingInitiatives + 1).ToListAsync();
        }

        var refused = await _database.EditMeetingAsync(1, new() { [MeetingRecord.Initiatives] = MeetingRecord.List(initiatives) }, "all of them");

        Assert.Equal(EditStatus.Invalid, refused.Status);
        Assert.Equal("A meeting can have at most 50 initiatives.", refused.Errors[MeetingRecord.Initiatives]);
    }

    [Fact]
    public async Task A_meeting_may_list_at_most_a_hundred_participants()
    {
        RecordState opened;
        await using (var db = _database.CreateContext())
        {
            opened = (await EditingDatabase.CreateEditor(db).LoadAsync(nameof(Meeting), 1, CancellationToken.None))!;
        }

        var stored = MeetingRecord.ReadParticipants(opened[MeetingRecord.Participants]);
        var added = Enumerable.Range(0, FieldLimits.MeetingParticipants + 1 - stored.Count)
            .Select(_ => new ParticipantValue(0, null, null, ValueOrigin.Edited, "Delegate", "NATO", null));

        var refused = await _database.EditMeetingAsync(1, new() { [MeetingRecord.Participants] = MeetingRecord.WriteParticipants(stored.Concat(added)) }, "everyone in the room");

        Assert.Equal(EditStatus.Invalid, refused.Status);
        Assert.Equal("A meeting can list at most 100 participants.", refused.Errors[MeetingRecord.Participants]);
        await using var check = _database.CreateContext();
        Assert.Equal(stored.Count, await check.Participations.CountAsync(p => p.MeetingId == 1));
    }

    private static string Phrases(string stem, int count) =>
        string.Join('\n', Enumerable.Range(1, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"{stem} {i}")));

    private async Task<int> IdAsync(Func<BalkanMeetingsDbContext, IQueryable<int>> query)
    {
        await using var db = _database.CreateContext();
        return await query(db).FirstAsync();
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();
}
