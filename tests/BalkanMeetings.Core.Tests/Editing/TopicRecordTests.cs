using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Tests.Editing;

public sealed class TopicRecordTests : IAsyncLifetime
{
    private const string Topic = nameof(Domain.Topic);
    private readonly EditingDatabase _database = new();

    [Fact]
    public async Task Synonyms_are_stored_one_a_row_and_read_back_sorted_one_a_line()
    {
        var id = await TopicIdAsync("cybersecurity");

        var result = await _database.SaveAsync(Topic, id, new() { [TopicRecord.Synonyms] = "cyber defence\r\ncybersecurity\r\n  cyber attacks  \r\n" });

        Assert.Equal(EditStatus.Saved, result.Status);
        await using var db = _database.CreateContext();
        Assert.Equal(["cyber attacks", "cyber defence", "cybersecurity"], (await db.TopicSynonyms.Where(s => s.TopicId == id).Select(s => s.Phrase).ToListAsync()).Order(StringComparer.Ordinal));
        Assert.Equal("cyber attacks\ncyber defence\ncybersecurity", (await EditingDatabase.CreateEditor(db).LoadAsync(Topic, id, CancellationToken.None))![TopicRecord.Synonyms]);
    }

    [Theory]
    [InlineData(TopicRecord.Synonyms, "cybersecurity\nDefense Collaboration", "“Defense Collaboration” already belongs to the topic “defence cooperation”")]
    [InlineData(TopicRecord.Name, "Border Security", "already belongs to the topic “border security”")]
    [InlineData(TopicRecord.Name, "", "Give the topic a name")]
    [InlineData(TopicRecord.Synonyms, "cyber\ncyber", "listed twice")]
    public async Task A_phrase_of_another_topic_or_a_missing_name_is_refused(string field, string value, string message)
    {
        var id = await TopicIdAsync("cybersecurity");

        var result = await _database.SaveAsync(Topic, id, new() { [field] = value });

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Contains(message, result.Errors[field], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_phrase_the_topic_already_shared_does_not_block_other_changes()
    {
        // The seeded vocabulary files "military collaboration" under both defence and military cooperation.
        var id = await TopicIdAsync("military cooperation");

        var result = await _database.SaveAsync(Topic, id, new() { [TopicRecord.Name] = "military co-operation" });

        Assert.Equal(EditStatus.Saved, result.Status);
    }

    [Fact]
    public async Task Adding_a_topic_is_a_revision_from_nothing_to_each_value()
    {
        await using var db = _database.CreateContext();

        var result = await EditingDatabase.CreateEditor(db).CreateAsync(Topic, new() { [TopicRecord.Name] = " climate security ", [TopicRecord.Synonyms] = "sea level\nclimate change" }, "Asked about in three articles", _database.Editor, CancellationToken.None);

        Assert.Equal(EditStatus.Saved, result.Status);
        await using var check = _database.CreateContext();
        var topic = await check.Topics.Include(t => t.Synonyms).SingleAsync(t => t.Id == result.RecordId);
        Assert.Equal("climate security", topic.Name);
        Assert.Equal(["climate change", "sea level"], topic.Synonyms.Select(s => s.Phrase).Order(StringComparer.Ordinal));
        var revision = await check.Revisions.Include(r => r.Changes).SingleAsync();
        Assert.Equal((RevisionKind.Create, Topic, topic.Id, "Asked about in three articles"), (revision.Kind, revision.RecordType, revision.RecordId, revision.Reason));
        Assert.Equal(
            [(TopicRecord.Name, null, "climate security"), (TopicRecord.Synonyms, null, "climate change\nsea level")],
            revision.Changes.OrderBy(c => c.Field, StringComparer.Ordinal).Select(c => (c.Field, c.Before, c.After)));
    }

    [Fact]
    public async Task Adding_a_topic_cannot_be_reverted_as_that_would_leave_it_without_a_name()
    {
        await using var db = _database.CreateContext();
        var editor = EditingDatabase.CreateEditor(db);
        var created = await editor.CreateAsync(Topic, new() { [TopicRecord.Name] = "climate security" }, "new", _database.Editor, CancellationToken.None);

        var revert = await EditingDatabase.CreateReverter(db).RevertAsync(created.RevisionId!.Value, "undo", _database.Editor, CancellationToken.None);

        Assert.Equal(EditStatus.Invalid, revert.Status);
        Assert.Equal("Give the topic a name.", revert.Errors[TopicRecord.Name]);
        Assert.Equal("climate security", await db.Topics.Where(t => t.Id == created.RecordId).Select(t => t.Name).SingleAsync());
    }

    [Fact]
    public async Task An_invalid_new_topic_is_refused_and_nothing_is_written()
    {
        await using var db = _database.CreateContext();
        var before = await db.Topics.CountAsync();

        var result = await EditingDatabase.CreateEditor(db).CreateAsync(Topic, new() { [TopicRecord.Name] = "Cybersecurity" }, "", _database.Editor, CancellationToken.None);

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Equal(["Name", "Reason"], result.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(before, await db.Topics.CountAsync());
        Assert.Empty(db.Revisions);
    }

    private async Task<int> TopicIdAsync(string name)
    {
        await using var db = _database.CreateContext();
        return await db.Topics.Where(t => t.Name == name).Select(t => t.Id).SingleAsync();
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();
}
