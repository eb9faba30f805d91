using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Tests.Editing;

// Each test starts from seed meeting 6 (article 5) merged into meeting 4 (article 4), and splits article 5 off again.
public abstract class MeetingSplitterTests : IAsyncLifetime
{
    private readonly EditingDatabase _database;
    private RecordState _other = new();


    private protected MeetingSplitterTests(DatabaseProvider provider) => _database = new(provider);

    [SkippableFact]
    public async Task A_split_moves_the_chosen_articles_and_what_they_brought_to_a_new_meeting_with_a_copy_of_the_fields()
    {
        var result = await SplitAsync(4, [5]);

        Assert.Equal(EditStatus.Saved, result.Status);
        await using var db = _database.CreateContext();
        var created = result.RecordId!.Value;
        var original = (await RecordMoves.LoadAsync(db, nameof(Meeting), 4, CancellationToken.None))!;
        var split = (await RecordMoves.LoadAsync(db, nameof(Meeting), created, CancellationToken.None))!;

        Assert.Equal(("4", "5"), (original[MergedRecords.Sources], split[MergedRecords.Sources]));
        Assert.Equal([9], MeetingRecord.ReadParticipants(split[MeetingRecord.Participants]).Select(p => p.Id));
        Assert.Equal([7], MeetingRecord.ReadParticipants(original[MeetingRecord.Participants]).Select(p => p.Id));
        foreach (var field in new[] { MeetingRecord.Title, MeetingRecord.Date, MeetingRecord.City, MeetingRecord.Kind, MeetingRecord.Status, MeetingRecord.Countries })
        {
            Assert.Equal(original[field], split[field]);
        }

        // The topics article 5's words support go with it; those only article 4's support stay.
        Assert.Equal(_other[MeetingRecord.Topics], split[MeetingRecord.Topics]);
        Assert.DoesNotContain(18, MeetingRecord.ReadIds(original[MeetingRecord.Topics]));
        Assert.Equal(created, (await db.Quotes.SingleAsync(q => q.Id == 9)).MeetingId);
        Assert.Equal([113, 114], await db.SourceSpans.Where(s => s.RecordType == nameof(Meeting) && s.RecordId == created).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync());
        Assert.Equal([8, 9, 10], await db.ReviewFlags.Where(f => f.MeetingId == created).OrderBy(f => f.Id).Select(f => f.Id).ToListAsync());
        Assert.Equal([6], await db.ReviewFlags.Where(f => f.MeetingId == 4).Select(f => f.Id).ToListAsync());

        var revision = await db.Revisions.Include(r => r.Changes).OrderBy(r => r.Id).LastAsync();
        Assert.Equal((RevisionKind.Split, nameof(Meeting), 4), (revision.Kind, revision.RecordType, revision.RecordId));
        var changes = revision.Changes.Select(c => (c.RecordType, c.RecordId, c.Field, c.Before, c.After)).ToList();
        Assert.Contains((nameof(Meeting), created, MergedRecords.SplitFrom, null, "4"), changes);
        Assert.Contains((nameof(Meeting), 4, MergedRecords.Sources, "4,5", "4"), changes);
        Assert.Contains((nameof(Participation), 9, nameof(Participation.MeetingId), "4", RecordMoves.Id(created)), changes);
    }

    [SkippableFact]
    public async Task A_revert_folds_the_new_meeting_back_into_the_original()
    {
        var before = await StateAsync(4);
        var split = await SplitAsync(4, [5]);
        int created;
        await using (var db = _database.CreateContext())
        {
            created = split.RecordId!.Value;
            var reverted = await EditingDatabase.CreateReverter(db).RevertAsync(split.RevisionId!.Value, "One meeting after all", _database.Editor, CancellationToken.None);
            Assert.Equal(EditStatus.Saved, reverted.Status);
        }

        Assert.Equal(before, await StateAsync(4));
        await using (var db = _database.CreateContext())
        {
            Assert.False(await db.Meetings.AnyAsync(m => m.Id == created));
            Assert.Equal(4, (await db.Quotes.SingleAsync(q => q.Id == 9)).MeetingId);
            Assert.Equal([6, 8, 9, 10], await db.ReviewFlags.Where(f => f.MeetingId == 4).OrderBy(f => f.Id).Select(f => f.Id).ToListAsync());
        }
    }

    [SkippableTheory]
    [InlineData(new int[0], "Choose the articles")]
    [InlineData(new[] { 4, 5 }, "Leave at least one")]
    [InlineData(new[] { 1 }, "this meeting's own articles")]
    public async Task A_split_choosing_none_all_or_foreign_articles_is_refused_and_writes_nothing(int[] articles, string message)
    {
        var before = await StateAsync(4);

        var result = await SplitAsync(4, articles);

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Contains(message, result.Errors[MeetingSplitter.Articles], StringComparison.Ordinal);
        await AssertNothingWrittenAsync(before);
    }

    [SkippableFact]
    public async Task A_meeting_with_one_source_cannot_be_split()
    {
        var result = await SplitAsync(1, [1]);

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Contains("two or more articles", result.Errors[MeetingSplitter.Articles], StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_split_without_a_reason_is_refused_and_writes_nothing()
    {
        var before = await StateAsync(4);

        var result = await SplitAsync(4, [5], reason: "");

        Assert.Equal(["Reason"], result.Errors.Keys);
        await AssertNothingWrittenAsync(before);
    }

    [SkippableFact]
    public async Task Splitting_a_meeting_not_there_is_not_found()
    {
        Assert.Equal(EditStatus.NotFound, (await SplitAsync(6, [5])).Status);
    }

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using var db = _database.CreateContext();
        _other = (await RecordMoves.LoadAsync(db, nameof(Meeting), 6, CancellationToken.None))!;
        var merged = await new MeetingMerger(db, EditingDatabase.CreateRestructurer(db)).MergeAsync(4, 6, "One visit", _database.Editor, CancellationToken.None);
        Assert.Equal(EditStatus.Saved, merged.Status);
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    private static MeetingSplitter Splitter(BalkanMeetingsDbContext db) => new(db, EditingDatabase.CreateRestructurer(db));

    private async Task<EditResult> SplitAsync(int meetingId, int[] articles, string reason = "Two visits")
    {
        await using var db = _database.CreateContext();
        return await Splitter(db).SplitAsync(meetingId, articles, reason, _database.Editor, CancellationToken.None);
    }

    private async Task<string> StateAsync(int meetingId)
    {
        await using var db = _database.CreateContext();
        var state = (await RecordMoves.LoadAsync(db, nameof(Meeting), meetingId, CancellationToken.None))!;
        var spans = await db.SourceSpans.Where(s => s.RecordType == nameof(Meeting) && s.RecordId == meetingId).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();
        return string.Join("|", state.Select(f => $"{f.Key}={f.Value}")) + "|spans=" + string.Join(",", spans);
    }

    private async Task AssertNothingWrittenAsync(string before)
    {
        Assert.Equal(before, await StateAsync(4));
        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.Revisions.CountAsync());
        Assert.Equal(5, await db.Meetings.CountAsync());
    }
}

public sealed class SqliteMeetingSplitterTests() : MeetingSplitterTests(DatabaseProvider.Sqlite);

[Trait("Category", "PostgreSQL")]
public sealed class PostgresMeetingSplitterTests() : MeetingSplitterTests(DatabaseProvider.PostgreSQL);
