using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Tests.Editing;

public abstract class RecordEditorTests : IAsyncLifetime
{
    private const string Meeting = nameof(Domain.Meeting);
    private readonly EditingDatabase _database;


    private protected RecordEditorTests(DatabaseProvider provider) => _database = new(provider);

    [SkippableFact]
    public async Task A_save_writes_the_fields_one_revision_and_a_correction_holding_the_imported_value()
    {
        var (opened, imported) = await OpenAsync(1);

        var result = await SaveAsync(1, opened, new() { [MeetingRecord.City] = "Podgorica" }, "From the caption");

        Assert.Equal(EditStatus.Saved, result.Status);
        await using var db = _database.CreateContext();
        Assert.Equal("Podgorica", (await db.Meetings.SingleAsync(m => m.Id == 1)).City);
        var revision = await db.Revisions.Include(r => r.Changes).SingleAsync();
        Assert.Equal((RevisionKind.Edit, "Erin Editor", "From the caption"), (revision.Kind, revision.EditorName, revision.Reason));
        var change = Assert.Single(revision.Changes);
        Assert.Equal((MeetingRecord.City, imported, "Podgorica"), (change.Field, change.Before, change.After));
        var correction = await db.Corrections.SingleAsync();
        Assert.Equal((Meeting, 1, MeetingRecord.City, imported, revision.Id), (correction.RecordType, correction.RecordId, correction.Field, correction.ImportedValue, correction.RevisionId));
    }

    [SkippableFact]
    public async Task A_second_correction_keeps_the_first_imported_value_and_setting_it_back_ends_the_correction()
    {
        var (opened, imported) = await OpenAsync(1);
        await SaveAsync(1, opened, new() { [MeetingRecord.City] = "Podgorica" }, "first");
        await SaveAsync(1, (await OpenAsync(1)).State, new() { [MeetingRecord.City] = "Cetinje" }, "second");

        await using (var db = _database.CreateContext())
        {
            Assert.Equal(imported, (await db.Corrections.SingleAsync()).ImportedValue);
        }

        await SaveAsync(1, (await OpenAsync(1)).State, new() { [MeetingRecord.City] = imported }, "as the article says");

        await using (var db = _database.CreateContext())
        {
            Assert.Empty(db.Corrections);
            Assert.Equal(3, await db.Revisions.CountAsync());
        }
    }

    [SkippableFact]
    public async Task A_save_over_a_record_changed_since_the_form_was_opened_is_a_conflict_naming_the_field()
    {
        var (opened, imported) = await OpenAsync(1);
        await SaveAsync(1, opened, new() { [MeetingRecord.City] = "Podgorica" }, "first");

        var result = await SaveAsync(1, opened, new() { [MeetingRecord.Venue] = "NATO headquarters" }, "second");

        Assert.Equal(EditStatus.Conflict, result.Status);
        Assert.Equal(new ChangedMeanwhile(MeetingRecord.City, imported, "Podgorica"), Assert.Single(result.Conflicts));
        await using var db = _database.CreateContext();
        Assert.Null((await db.Meetings.SingleAsync(m => m.Id == 1)).Venue);
    }

    [SkippableFact]
    public async Task A_revert_sets_every_field_back_records_itself_and_ends_the_correction()
    {
        var (opened, _) = await OpenAsync(1);
        var saved = await SaveAsync(1, opened, new() { [MeetingRecord.City] = "Podgorica", [MeetingRecord.Date] = "2024" }, "wrong fix");

        await using (var db = _database.CreateContext())
        {
            var result = await EditingDatabase.CreateReverter(db).RevertAsync(saved.RevisionId!.Value, "Undo the wrong fix", _database.Editor, CancellationToken.None);
            Assert.Equal(EditStatus.Saved, result.Status);
        }

        Assert.Equal(opened, (await OpenAsync(1)).State);
        await using (var db = _database.CreateContext())
        {
            Assert.Empty(db.Corrections);
            var revert = await db.Revisions.OrderBy(r => r.Id).LastAsync();
            Assert.Equal((RevisionKind.Revert, saved.RevisionId), (revert.Kind, revert.RevertsRevisionId));
        }
    }

    [SkippableFact]
    public async Task A_revert_of_a_field_changed_again_since_is_refused_as_a_conflict()
    {
        var (opened, _) = await OpenAsync(1);
        var first = await SaveAsync(1, opened, new() { [MeetingRecord.City] = "Podgorica" }, "first");
        await SaveAsync(1, (await OpenAsync(1)).State, new() { [MeetingRecord.City] = "Cetinje" }, "second");

        await using var db = _database.CreateContext();
        var result = await EditingDatabase.CreateReverter(db).RevertAsync(first.RevisionId!.Value, "undo first", _database.Editor, CancellationToken.None);

        Assert.Equal(EditStatus.Conflict, result.Status);
        Assert.Equal(new ChangedMeanwhile(MeetingRecord.City, "Podgorica", "Cetinje"), Assert.Single(result.Conflicts));
    }

    [SkippableFact]
    public async Task A_participant_added_by_an_editor_is_recorded_with_the_id_it_was_given_and_a_revert_removes_it()
    {
        var (opened, _) = await OpenAsync(1);
        var participants = MeetingRecord.ReadParticipants(opened[MeetingRecord.Participants]).ToList();
        int personId;
        await using (var db = _database.CreateContext())
        {
            personId = await db.People.Where(p => p.Name == "Mark Rutte").Select(p => p.Id).SingleAsync();
        }

        participants.Add(new ParticipantValue(0, personId, null, ValueOrigin.Stated, "Secretary General", "NATO", null));
        var saved = await SaveAsync(1, opened, new() { [MeetingRecord.Participants] = MeetingRecord.WriteParticipants(participants) }, "Rutte was there");

        Assert.Equal(EditStatus.Saved, saved.Status);
        await using (var db = _database.CreateContext())
        {
            var added = await db.Participations.SingleAsync(p => p.MeetingId == 1 && p.PersonId == personId);
            Assert.Equal((ValueOrigin.Edited, (int?)null), (added.NameOrigin, added.ArticleId));
            var after = MeetingRecord.ReadParticipants((await db.RevisionChanges.SingleAsync()).After);
            Assert.Contains(after, p => p.Id == added.Id && p.PersonId == personId);
            Assert.Equal(EditStatus.Saved, (await EditingDatabase.CreateReverter(db).RevertAsync(saved.RevisionId!.Value, "not there after all", _database.Editor, CancellationToken.None)).Status);
        }

        await using (var db = _database.CreateContext())
        {
            Assert.False(await db.Participations.AnyAsync(p => p.MeetingId == 1 && p.PersonId == personId));
        }
    }

    [SkippableFact]
    public async Task A_revert_of_a_removed_participant_brings_the_row_back_as_the_article_gave_it()
    {
        var (opened, _) = await OpenAsync(1);
        var participants = MeetingRecord.ReadParticipants(opened[MeetingRecord.Participants]);
        var removed = participants.First(p => p.ArticleId is not null);
        var saved = await SaveAsync(1, opened, new() { [MeetingRecord.Participants] = MeetingRecord.WriteParticipants(participants.Where(p => p.Id != removed.Id)) }, "Not at this meeting");
        Assert.Equal(EditStatus.Saved, saved.Status);

        await using (var db = _database.CreateContext())
        {
            var result = await EditingDatabase.CreateReverter(db).RevertAsync(saved.RevisionId!.Value, "Was there after all", _database.Editor, CancellationToken.None);
            Assert.Equal(EditStatus.Saved, result.Status);
        }

        Assert.Equal(opened[MeetingRecord.Participants], (await OpenAsync(1)).State[MeetingRecord.Participants]);
        await using (var db = _database.CreateContext())
        {
            var back = await db.Participations.SingleAsync(p => p.Id == removed.Id);
            Assert.Equal((removed.ArticleId, removed.NameAsWritten, removed.NameOrigin), (back.ArticleId, back.NameAsWritten, back.NameOrigin));
        }
    }

    [SkippableTheory]
    [InlineData(MeetingRecord.Title, "", "title")]
    [InlineData(MeetingRecord.Date, "2024-13-45", "2024-12-16")]
    [InlineData(MeetingRecord.Countries, "", "at least one country")]
    [InlineData(MeetingRecord.Countries, "AL,ZZ", "from the list")]
    [InlineData(MeetingRecord.Kind, "Dinner", "meeting, visit or call")]
    [InlineData(MeetingRecord.Topics, "999999", "vocabulary")]
    public async Task Invalid_values_are_refused_by_field_and_nothing_is_written(string field, string value, string message)
    {
        var (opened, _) = await OpenAsync(1);

        var result = await SaveAsync(1, opened, new() { [field] = value }, "testing");

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Contains(message, result.Errors[field], StringComparison.Ordinal);
        await using var db = _database.CreateContext();
        Assert.Empty(db.Revisions);
    }

    [SkippableFact]
    public async Task A_save_without_a_reason_is_refused()
    {
        var (opened, _) = await OpenAsync(1);

        var result = await SaveAsync(1, opened, new() { [MeetingRecord.City] = "Podgorica" }, "  ");

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.True(result.Errors.ContainsKey("Reason"));
    }

    [SkippableFact]
    public async Task A_write_landing_between_the_check_and_the_save_is_a_conflict_for_records_without_a_version()
    {
        await using var db = _database.CreateContext();
        var id = await db.People.Where(p => p.Name == "Jens Stoltenberg").Select(p => p.Id).SingleAsync();
        var person = new ChangedMidSave(new PersonRecord(), async () =>
        {
            await using var other = _database.CreateContext();
            await other.People.Where(p => p.Id == id).ExecuteUpdateAsync(u => u.SetProperty(p => p.Name, "J. Stoltenberg"));
        });
        var editor = EditingDatabase.CreateEditor(db, person);
        var opened = (await editor.LoadAsync(nameof(Person), id, CancellationToken.None))!;

        var result = await editor.SaveAsync(nameof(Person), id, opened, new() { [PersonRecord.Aliases] = "Stoltenberg" }, "race", _database.Editor, CancellationToken.None);

        Assert.Equal(EditStatus.Conflict, result.Status);
        Assert.Equal(new ChangedMeanwhile(PersonRecord.Name, "Jens Stoltenberg", "J. Stoltenberg"), Assert.Single(result.Conflicts));
        await using var check = _database.CreateContext();
        Assert.Empty(check.Revisions);
        Assert.Empty(check.PersonAliases.Where(a => a.PersonId == id));
    }

    [SkippableFact]
    public async Task Problems_a_form_found_itself_are_reported_with_the_records_own_and_nothing_is_written()
    {
        var (opened, _) = await OpenAsync(1);
        await using var db = _database.CreateContext();

        var result = await EditingDatabase.CreateEditor(db).SaveAsync(Meeting, 1, opened, new() { [MeetingRecord.Title] = "" }, "why", _database.Editor, new Dictionary<string, string> { ["AddInitiative"] = "No such initiative." }, CancellationToken.None);

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Equal(["AddInitiative", MeetingRecord.Title], result.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(db.Revisions);
    }

    private async Task<(RecordState State, string? City)> OpenAsync(int id)
    {
        await using var db = _database.CreateContext();
        var state = (await EditingDatabase.CreateEditor(db).LoadAsync(Meeting, id, CancellationToken.None))!;
        return (state, state[MeetingRecord.City]);
    }

    private async Task<EditResult> SaveAsync(int id, RecordState opened, RecordState proposed, string reason)
    {
        await using var db = _database.CreateContext();
        return await EditingDatabase.CreateEditor(db).SaveAsync(Meeting, id, opened, proposed, reason, _database.Editor, CancellationToken.None);
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    // A record kind whose validation lets another write land first, as a second editor's save might.
    private sealed class ChangedMidSave(EditableRecord inner, Func<Task> meanwhile) : EditableRecord
    {
        public override string RecordType => inner.RecordType;

        public override Task<RecordState?> LoadAsync(BalkanMeetingsDbContext db, int id, CancellationToken cancellationToken) =>
            inner.LoadAsync(db, id, cancellationToken);

        public override async Task<LoadedRecord?> LoadForSaveAsync(BalkanMeetingsDbContext db, int id, CancellationToken cancellationToken) =>
            await inner.LoadForSaveAsync(db, id, cancellationToken) is { } loaded ? new LoadedRecord(this, id, loaded.Now, loaded.ApplyAsync) : null;

        public override async Task<IReadOnlyDictionary<string, string>> ValidateAsync(BalkanMeetingsDbContext db, RecordState current, RecordState proposed, CancellationToken cancellationToken)
        {
            await meanwhile();
            return await inner.ValidateAsync(db, current, proposed, cancellationToken);
        }
    }
}

public sealed class SqliteRecordEditorTests() : RecordEditorTests(DatabaseProvider.Sqlite);

[Trait("Category", "PostgreSQL")]
public sealed class PostgresRecordEditorTests() : RecordEditorTests(DatabaseProvider.PostgreSQL);
