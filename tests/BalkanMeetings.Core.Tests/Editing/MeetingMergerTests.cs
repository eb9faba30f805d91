using System.Data.Common;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Core.Tests.Data;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Tests.Editing;

// Seed meetings 4 ("Mark Rutte in Sarajevo", article 4) and 6 ("NATO Secretary General in Sarajevo", article 5) are
// one visit read from two articles; meeting 5 is Rutte in Pristina, from article 4 too, with Rutte as participant 8.
public abstract class MeetingMergerTests : IAsyncLifetime
{
    private readonly EditingDatabase _database;


    private protected MeetingMergerTests(DatabaseProvider provider) => _database = new(provider);

    [SkippableFact]
    public async Task A_merge_gives_the_kept_meeting_the_others_sources_participants_lists_quotes_spans_and_flags()
    {
        await using (var db = _database.CreateContext())
        {
            Assert.Equal([113, 114], await MeetingSpansAsync(db, 6));
            Assert.Equal([8, 9, 10], await db.ReviewFlags.Where(f => f.MeetingId == 6).OrderBy(f => f.Id).Select(f => f.Id).ToListAsync());
        }

        var versionBefore = await VersionAsync(4);
        var result = await MergeAsync(4, 6);

        Assert.Equal(EditStatus.Saved, result.Status);
        await using (var db = _database.CreateContext())
        {
            Assert.False(await db.Meetings.AnyAsync(m => m.Id == 6));
            Assert.Equal([4, 5], await db.MeetingSources.Where(s => s.MeetingId == 4).OrderBy(s => s.ArticleId).Select(s => s.ArticleId).ToListAsync());
            Assert.Equal([7, 9], await db.Participations.Where(p => p.MeetingId == 4).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync());
            Assert.Equal(4, (await db.Quotes.SingleAsync(q => q.Id == 9)).MeetingId);
            Assert.Equal([79, 113, 114], await MeetingSpansAsync(db, 4));
            Assert.Equal([6, 8, 9, 10], await db.ReviewFlags.Where(f => f.MeetingId == 4).OrderBy(f => f.Id).Select(f => f.Id).ToListAsync());
            Assert.Equal([6, 8, 9], await db.ReviewFlags.Where(f => f.RecordType == nameof(Meeting) && f.RecordId == 4).OrderBy(f => f.Id).Select(f => f.Id).ToListAsync());

            // Topics 18, 22 and 47 came from the other meeting's article only.
            var topics = await db.MeetingTopics.Where(t => t.MeetingId == 4).Select(t => t.TopicId).ToListAsync();
            Assert.Subset(topics.ToHashSet(), new HashSet<int> { 18, 22, 47 });

            var revision = await db.Revisions.Include(r => r.Changes).SingleAsync();
            Assert.Equal((RevisionKind.Merge, nameof(Meeting), 4), (revision.Kind, revision.RecordType, revision.RecordId));
            var changes = revision.Changes.Select(c => (c.RecordType, c.RecordId, c.Field, c.Before, c.After)).ToList();
            Assert.Contains((nameof(Meeting), 6, MergedRecords.MergedInto, null, "4"), changes);
            Assert.Contains((nameof(Meeting), 6, MeetingRecord.Title, "NATO Secretary General in Sarajevo", null), changes);
            Assert.Contains((nameof(Meeting), 4, MergedRecords.Sources, "4", "4,5"), changes);
            Assert.Contains((nameof(Participation), 9, nameof(Participation.MeetingId), "6", "4"), changes);
            Assert.Empty(db.Corrections);
            Assert.Equal(4, await MergedRecords.KeptAsync(db, nameof(Meeting), 6, CancellationToken.None));
        }

        Assert.True(await VersionAsync(4) > versionBefore);
    }

    [SkippableFact]
    public async Task A_participant_the_kept_meeting_already_has_stays_once_and_its_spans_point_at_the_kept_row()
    {
        var result = await MergeAsync(4, 5);

        Assert.Equal(EditStatus.Saved, result.Status);
        await using var db = _database.CreateContext();
        Assert.Equal([7], await db.Participations.Where(p => p.MeetingId == 4).Select(p => p.Id).ToListAsync());
        Assert.False(await db.Participations.AnyAsync(p => p.Id == 8));
        Assert.Equal(7, (await db.SourceSpans.SingleAsync(s => s.Id == 83)).RecordId);
        Assert.Equal(["BA", "XK"], await db.MeetingCountries.Where(c => c.MeetingId == 4).OrderBy(c => c.CountryCode).Select(c => c.CountryCode).ToListAsync());
        Assert.Equal([4], await db.MeetingSources.Where(s => s.MeetingId == 4).Select(s => s.ArticleId).ToListAsync());
    }

    [SkippableTheory]
    [InlineData(6)]
    [InlineData(5)]
    public async Task A_revert_brings_the_other_meeting_back_under_its_id_with_everything_it_had(int other)
    {
        var before = await SnapshotAsync(4, other);
        var merged = await MergeAsync(4, other);

        await using (var db = _database.CreateContext())
        {
            var reverted = await EditingDatabase.CreateReverter(db).RevertAsync(merged.RevisionId!.Value, "Two meetings after all", _database.Editor, CancellationToken.None);
            Assert.Equal(EditStatus.Saved, reverted.Status);
        }

        Assert.Equal(before, await SnapshotAsync(4, other));
        await using (var db = _database.CreateContext())
        {
            Assert.Null(await MergedRecords.KeptAsync(db, nameof(Meeting), other, CancellationToken.None));
        }
    }

    [SkippableFact]
    public async Task A_revert_is_refused_when_the_kept_meeting_has_changed_since()
    {
        var merged = await MergeAsync(4, 6);
        await using var db = _database.CreateContext();
        var editor = EditingDatabase.CreateEditor(db);
        var opened = (await editor.LoadAsync(nameof(Meeting), 4, CancellationToken.None))!;
        var topics = MeetingRecord.List(MeetingRecord.ReadIds(opened[MeetingRecord.Topics]).Where(t => t != 18));
        Assert.Equal(EditStatus.Saved, (await editor.SaveAsync(nameof(Meeting), 4, opened, new() { [MeetingRecord.Topics] = topics }, "Not about that", _database.Editor, CancellationToken.None)).Status);

        var reverted = await EditingDatabase.CreateReverter(db).RevertAsync(merged.RevisionId!.Value, "undo", _database.Editor, CancellationToken.None);

        Assert.Equal(EditStatus.Conflict, reverted.Status);
        Assert.Equal(new ChangedMeanwhile("Meeting 4 Topics", opened[MeetingRecord.Topics], topics), Assert.Single(reverted.Conflicts));
        Assert.False(await db.Meetings.AnyAsync(m => m.Id == 6));
    }

    [SkippableTheory]
    [InlineData(4, "itself")]
    [InlineData(999_999, "no such meeting")]
    [InlineData(null, "number of the meeting")]
    public async Task A_merge_with_no_other_meeting_to_merge_is_refused_and_writes_nothing(int? other, string message)
    {
        var before = await SnapshotAsync(4, 6);

        var result = await MergeAsync(4, other);

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Contains(message, result.Errors[RecordMerger.Other], StringComparison.Ordinal);
        await AssertNothingWrittenAsync(before);
    }

    [SkippableFact]
    public async Task A_merge_into_a_meeting_that_was_merged_away_is_not_found_and_of_one_merged_away_is_refused()
    {
        await MergeAsync(4, 6);

        Assert.Equal(EditStatus.NotFound, (await MergeAsync(6, 5)).Status);
        Assert.Equal(EditStatus.Invalid, (await MergeAsync(5, 6)).Status);
    }

    [SkippableFact]
    public async Task A_merge_without_a_reason_is_refused_and_writes_nothing()
    {
        var before = await SnapshotAsync(4, 6);

        var result = await MergeAsync(4, 6, reason: null);

        Assert.Equal(["Reason"], result.Errors.Keys);
        await AssertNothingWrittenAsync(before);
    }

    [SkippableFact]
    public async Task A_merge_that_fails_at_its_last_step_leaves_everything_as_it_was()
    {
        var before = await SnapshotAsync(4, 6);
        await using (var db = _database.CreateContext())
        {
            await TestProviders.RefuseDeletesAsync(db, "Meetings");
        }

        await Assert.ThrowsAnyAsync<DbException>(() => MergeAsync(4, 6));

        await AssertNothingWrittenAsync(before);
    }

    [SkippableFact]
    public async Task Suggestions_are_meetings_of_the_same_date_sharing_a_country()
    {
        await using var db = _database.CreateContext();
        var merger = new MeetingMerger(db, EditingDatabase.CreateRestructurer(db));

        Assert.Equal([6], (await merger.SuggestAsync(4, CancellationToken.None)).Select(s => s.Id));
        Assert.Empty(await merger.SuggestAsync(1, CancellationToken.None));
    }

    [SkippableFact]
    public async Task An_outline_says_of_each_meeting_what_its_page_says()
    {
        await using var db = _database.CreateContext();
        var merger = new MeetingMerger(db, EditingDatabase.CreateRestructurer(db));
        var details = new MeetingDetailsQuery(db);
        foreach (var id in await db.Meetings.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync())
        {
            var page = (await details.LoadAsync(id, CancellationToken.None))!;
            var outline = (await merger.DescribeAsync(id, CancellationToken.None))!;
            Assert.Equal(
                (page.Id, page.Title, page.Date, page.DatePrecision, page.DateOrigin, page.City, page.Venue, page.Kind, page.Status, page.Topics.Count, page.OpenFlags.Count()),
                (outline.Id, outline.Title, outline.Date, outline.DatePrecision, outline.DateOrigin, outline.City, outline.Venue, outline.Kind, outline.Status, outline.Topics, outline.OpenFlags));
            Assert.Equal(page.Countries, outline.Countries);
            Assert.Equal(page.Participants, outline.Participants);
            Assert.Equal(page.Sources.Select(s => new MeetingMerger.OutlineSource(s.Id, s.FileName, s.Title, s.Publisher, s.PublishedOn)), outline.Sources);
        }

        Assert.Null(await merger.DescribeAsync(0, CancellationToken.None));
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    private static Task<List<int>> MeetingSpansAsync(BalkanMeetingsDbContext db, int meetingId) =>
        db.SourceSpans.Where(s => s.RecordType == nameof(Meeting) && s.RecordId == meetingId).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();

    private async Task<EditResult> MergeAsync(int kept, int? other, string? reason = "One visit, two articles")
    {
        await using var db = _database.CreateContext();
        return await new MeetingMerger(db, EditingDatabase.CreateRestructurer(db)).MergeAsync(kept, other, reason, _database.Editor, CancellationToken.None);
    }

    private async Task<int> VersionAsync(int id)
    {
        await using var db = _database.CreateContext();
        return await db.Meetings.Where(m => m.Id == id).Select(m => m.Version).SingleAsync();
    }

    // Both meetings as stored text, and every quote, span and flag that points at either.
    private async Task<string> SnapshotAsync(int kept, int other)
    {
        await using var db = _database.CreateContext();
        var lines = new List<string>();
        foreach (var id in new[] { kept, other })
        {
            var state = await RecordMoves.LoadAsync(db, nameof(Meeting), id, CancellationToken.None);
            lines.Add(state is null ? "none" : string.Join("|", state.Select(f => $"{f.Key}={f.Value}")));
        }

        int? keptId = kept, otherId = other;
        lines.AddRange(await db.Quotes.Where(q => q.MeetingId == keptId || q.MeetingId == otherId).OrderBy(q => q.Id).Select(q => $"quote {q.Id}:{q.MeetingId}").ToListAsync());
        lines.AddRange(await db.SourceSpans.Where(s => s.ArticleId == 4 || s.ArticleId == 5).OrderBy(s => s.Id).Select(s => $"span {s.Id}:{s.RecordType} {s.RecordId}").ToListAsync());
        lines.AddRange(await db.ReviewFlags.OrderBy(f => f.Id).Select(f => $"flag {f.Id}:{f.MeetingId} {f.RecordType} {f.RecordId}").ToListAsync());
        return string.Join("\n", lines);
    }

    private async Task AssertNothingWrittenAsync(string before)
    {
        Assert.Equal(before, await SnapshotAsync(4, 6));
        await using var db = _database.CreateContext();
        Assert.Empty(db.Revisions);
    }
}

public sealed class SqliteMeetingMergerTests() : MeetingMergerTests(DatabaseProvider.Sqlite);

[Trait("Category", "PostgreSQL")]
public sealed class PostgresMeetingMergerTests() : MeetingMergerTests(DatabaseProvider.PostgreSQL);
