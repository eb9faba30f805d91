using System.Data.Common;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using NameFolding = BalkanMeetings.Core.Reference.NameFolding;
using BalkanMeetings.Core.Tests.Data;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Tests.Editing;

public sealed class PersonMergerTests : IAsyncLifetime
{
    // Jens Stoltenberg as the seeds know him; seed participation 1 and quote 1 are his.
    private const int Stoltenberg = 2;

    private readonly EditingDatabase _database = new();
    private int _duplicate;

    [Fact]
    public async Task A_merge_moves_participations_quotes_and_offices_adds_the_names_as_aliases_and_removes_the_duplicate()
    {
        var result = await MergeAsync(Stoltenberg, _duplicate);

        Assert.Equal(EditStatus.Saved, result.Status);
        await using var db = _database.CreateContext();
        Assert.False(await db.People.AnyAsync(p => p.Id == _duplicate));
        Assert.Equal(Stoltenberg, (await db.Participations.SingleAsync(p => p.Id == 1)).PersonId);
        Assert.Equal(Stoltenberg, (await db.Quotes.SingleAsync(q => q.Id == 1)).PersonId);
        Assert.Equal(["Prime Minister", "Secretary General"], await db.Offices.Where(o => o.PersonId == Stoltenberg).OrderBy(o => o.Title).Select(o => o.Title).ToListAsync());

        // "Jens Stoltenberg" folds like the kept name, so only the other spellings join.
        Assert.Equal(["J. Stoltenberg", "Stoltenberg"], await db.PersonAliases.Where(a => a.PersonId == Stoltenberg).OrderBy(a => a.Text).Select(a => a.Text).ToListAsync());

        var revision = await db.Revisions.Include(r => r.Changes).SingleAsync();
        Assert.Equal((RevisionKind.Merge, nameof(Person), Stoltenberg, "Same person"), (revision.Kind, revision.RecordType, revision.RecordId, revision.Reason));
        var changes = revision.Changes.Select(c => (c.RecordType, c.RecordId, c.Field, c.Before, c.After)).ToList();
        var (kept, other) = (RecordMoves.Id(Stoltenberg), RecordMoves.Id(_duplicate));
        Assert.Contains((nameof(Person), _duplicate, MergedRecords.MergedInto, null, kept), changes);
        Assert.Contains((nameof(Person), _duplicate, PersonRecord.Name, "J. Stoltenberg", null), changes);
        Assert.Contains((nameof(Person), _duplicate, PersonRecord.Aliases, "Jens Stoltenberg\nStoltenberg", null), changes);
        Assert.Contains((nameof(Person), Stoltenberg, PersonRecord.Aliases, null, "J. Stoltenberg\nStoltenberg"), changes);
        Assert.Contains((nameof(Participation), 1, nameof(Participation.PersonId), other, kept), changes);
        Assert.Contains((nameof(Quote), 1, nameof(Quote.PersonId), other, kept), changes);

        // The aliases are the editor's now: the importer leaves them alone.
        var correction = await db.Corrections.SingleAsync();
        Assert.Equal((nameof(Person), Stoltenberg, PersonRecord.Aliases, (string?)null), (correction.RecordType, correction.RecordId, correction.Field, correction.ImportedValue));
        Assert.Equal(Stoltenberg, await MergedRecords.KeptAsync(db, nameof(Person), _duplicate, CancellationToken.None));
    }

    [Fact]
    public async Task A_revert_brings_the_duplicate_back_under_its_id_with_its_rows_and_ends_the_alias_correction()
    {
        var before = await StateAsync();
        var merged = await MergeAsync(Stoltenberg, _duplicate);

        await using (var db = _database.CreateContext())
        {
            var reverted = await EditingDatabase.CreateReverter(db).RevertAsync(merged.RevisionId!.Value, "Two people after all", _database.Editor, CancellationToken.None);
            Assert.Equal(EditStatus.Saved, reverted.Status);
        }

        Assert.Equal(before, await StateAsync());
        await using (var db = _database.CreateContext())
        {
            Assert.Empty(db.Corrections);
            Assert.Null(await MergedRecords.KeptAsync(db, nameof(Person), _duplicate, CancellationToken.None));
            var revert = await db.Revisions.OrderBy(r => r.Id).LastAsync();
            Assert.Equal((RevisionKind.Revert, merged.RevisionId), (revert.Kind, revert.RevertsRevisionId));
        }
    }

    [Fact]
    public async Task A_revert_is_refused_when_the_kept_person_has_changed_since()
    {
        var merged = await MergeAsync(Stoltenberg, _duplicate);
        await using var db = _database.CreateContext();
        await db.Participations.Where(p => p.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(p => p.PersonId, 3));

        var reverted = await EditingDatabase.CreateReverter(db).RevertAsync(merged.RevisionId!.Value, "undo", _database.Editor, CancellationToken.None);

        Assert.Equal(EditStatus.Conflict, reverted.Status);
        Assert.Equal(new ChangedMeanwhile("Participation 1 PersonId", RecordMoves.Id(Stoltenberg), "3"), Assert.Single(reverted.Conflicts));
        Assert.False(await db.People.AnyAsync(p => p.Id == _duplicate));
        Assert.Equal(1, await db.Revisions.CountAsync());
    }

    [Fact]
    public async Task Merging_a_person_into_themselves_is_refused_and_writes_nothing()
    {
        var before = await StateAsync();

        var result = await MergeAsync(Stoltenberg, Stoltenberg);

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Contains("themselves", result.Errors[RecordMerger.Other], StringComparison.Ordinal);
        await AssertNothingWrittenAsync(before);
    }

    [Fact]
    public async Task Merging_a_person_no_longer_there_is_refused_and_writes_nothing()
    {
        var before = await StateAsync();

        var result = await MergeAsync(Stoltenberg, 999_999);

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Contains("no longer", result.Errors[RecordMerger.Other], StringComparison.Ordinal);
        await AssertNothingWrittenAsync(before);
    }

    [Fact]
    public async Task A_merge_without_a_reason_is_refused_and_writes_nothing()
    {
        var before = await StateAsync();

        var result = await MergeAsync(Stoltenberg, _duplicate, reason: " ");

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Equal(["Reason"], result.Errors.Keys);
        await AssertNothingWrittenAsync(before);
    }

    [Fact]
    public async Task Merging_into_a_person_not_there_is_not_found()
    {
        Assert.Equal(EditStatus.NotFound, (await MergeAsync(999_999, _duplicate)).Status);
    }

    [Fact]
    public async Task A_merge_that_fails_at_its_last_step_leaves_everything_as_it_was()
    {
        var before = await StateAsync();
        await using (var db = _database.CreateContext())
        {
            // The participations, quotes and offices have moved by the time the duplicate is deleted.
            await TestProviders.RefuseDeletesAsync(db, "People");
        }

        await Assert.ThrowsAnyAsync<DbException>(() => MergeAsync(Stoltenberg, _duplicate));

        await AssertNothingWrittenAsync(before);
    }

    [Fact]
    public async Task Choices_are_found_by_folded_name_without_the_kept_person_and_with_their_meeting_counts()
    {
        await using var db = _database.CreateContext();
        var merger = new PersonMerger(db, EditingDatabase.CreateRestructurer(db));

        var found = await merger.FindAsync("stoltenberg", Stoltenberg, CancellationToken.None);

        var duplicate = Assert.Single(found);
        Assert.Equal((_duplicate, "J. Stoltenberg", 1, 1), (duplicate.Id, duplicate.Name, duplicate.Meetings, duplicate.Offices));
        Assert.Equal(2, (await merger.DescribeAsync(Stoltenberg, CancellationToken.None))!.Meetings);
    }

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using var db = _database.CreateContext();
        var duplicate = new Person { Name = "J. Stoltenberg", SearchKey = NameFolding.Fold("J. Stoltenberg") };
        foreach (var alias in (string[])["Jens Stoltenberg", "Stoltenberg"])
        {
            duplicate.Aliases.Add(new PersonAlias { Text = alias, SearchKey = NameFolding.Fold(alias) });
        }

        duplicate.Offices.Add(new Office { Title = "Prime Minister", Organization = "Norway", Start = new DateOnly(2005, 10, 17), End = new DateOnly(2013, 10, 16) });
        db.People.Add(duplicate);
        await db.SaveChangesAsync();
        _duplicate = duplicate.Id;
        await db.Participations.Where(p => p.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(p => p.PersonId, _duplicate));
        await db.Quotes.Where(q => q.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(q => q.PersonId, _duplicate));
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    private async Task<EditResult> MergeAsync(int kept, int? other, string reason = "Same person")
    {
        await using var db = _database.CreateContext();
        return await new PersonMerger(db, EditingDatabase.CreateRestructurer(db)).MergeAsync(kept, other, reason, _database.Editor, CancellationToken.None);
    }

    // Both people and every row that points at either.
    private async Task<string> StateAsync()
    {
        await using var db = _database.CreateContext();
        var people = new List<string>();
        foreach (var id in new[] { Stoltenberg, _duplicate })
        {
            var person = await RecordMoves.LoadAsync(db, nameof(Person), id, CancellationToken.None);
            people.Add(person is null ? "none" : string.Join("|", person.Select(f => $"{f.Key}={f.Value}")));
        }

        var ids = new int?[] { Stoltenberg, _duplicate };
        var participations = await db.Participations.Where(p => ids.Contains(p.PersonId)).OrderBy(p => p.Id).Select(p => $"{p.Id}:{p.PersonId}").ToListAsync();
        var quotes = await db.Quotes.Where(q => ids.Contains(q.PersonId)).OrderBy(q => q.Id).Select(q => $"{q.Id}:{q.PersonId}").ToListAsync();
        var offices = await db.Offices.Where(o => o.PersonId == Stoltenberg || o.PersonId == _duplicate).OrderBy(o => o.Id).Select(o => $"{o.Id}:{o.PersonId}").ToListAsync();
        return string.Join("\n", people.Concat(participations).Concat(quotes).Concat(offices));
    }

    private async Task AssertNothingWrittenAsync(string before)
    {
        Assert.Equal(before, await StateAsync());
        await using var db = _database.CreateContext();
        Assert.Empty(db.Revisions);
        Assert.Empty(db.Corrections);
    }
}
