using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Tests.Editing;

public abstract class RevisionHistoryTests : IAsyncLifetime
{
    private static readonly RecordKey Meeting1 = new(nameof(Meeting), 1);
    private readonly EditingDatabase _database;


    private protected RevisionHistoryTests(DatabaseProvider provider) => _database = new(provider);

    [SkippableFact]
    public async Task A_record_lists_its_revisions_newest_first_with_the_names_its_values_refer_to()
    {
        var rutte = await PersonIdAsync("Mark Rutte");
        var participants = await ParticipantsWithAsync(1, new ParticipantValue(0, rutte, null, ValueOrigin.Stated, "Secretary General", "NATO", null));
        var first = await _database.EditMeetingAsync(1, new() { [MeetingRecord.Countries] = "ME,RS" }, "Serbia too");
        var second = await _database.EditMeetingAsync(1, new() { [MeetingRecord.Participants] = participants }, "Rutte was there");

        await using var db = _database.CreateContext();
        var page = await new RevisionHistory(db).OfRecordAsync(Meeting1, 1, CancellationToken.None);

        Assert.Equal([second.RevisionId!.Value, first.RevisionId!.Value], page.Revisions.Select(r => r.Id));
        Assert.Equal((2, 1, 1), (page.Total, page.Page, page.PageCount));
        var latest = page.Revisions[0];
        Assert.Equal((RevisionKind.Edit, "Erin Editor", "Rutte was there", Meeting1), (latest.Kind, latest.EditorName, latest.Reason, latest.Record));
        Assert.Equal(MeetingRecord.Participants, Assert.Single(latest.Changes).Field);
        Assert.Equal("Mark Rutte", page.Names.People[rutte]);
        Assert.Contains("Jens Stoltenberg", page.Names.People.Values);
        Assert.Equal(("Montenegro", "Serbia"), (page.Names.Countries["ME"], page.Names.Countries["RS"]));
        Assert.Equal(await db.Meetings.Where(m => m.Id == 1).Select(m => m.Title).SingleAsync(), page.Names.Records[Meeting1]);
    }

    [SkippableFact]
    public async Task A_reverted_revision_names_its_revert_and_the_revert_names_it()
    {
        var edit = await _database.EditMeetingAsync(1, new() { [MeetingRecord.City] = "Podgorica" }, "From the caption");
        var revert = await _database.RevertAsync(edit.RevisionId!.Value, "Revert: the caption names another town");

        await using var db = _database.CreateContext();
        var page = await new RevisionHistory(db).OfRecordAsync(Meeting1, 1, CancellationToken.None);

        var (reverting, reverted) = (page.Revisions[0], page.Revisions[1]);
        Assert.Equal((revert.RevisionId, RevisionKind.Revert, edit.RevisionId), (reverting.Id, reverting.Kind, reverting.RevertsRevisionId));
        Assert.Equal([revert.RevisionId!.Value], reverted.RevertedBy);
        Assert.Empty(reverting.RevertedBy);
    }

    [SkippableFact]
    public async Task Many_revisions_come_a_page_at_a_time_and_a_page_past_the_end_is_the_last()
    {
        for (var i = 0; i < RevisionHistory.PageSize + 2; i++)
        {
            Assert.Equal(EditStatus.Saved, (await _database.EditMeetingAsync(1, new() { [MeetingRecord.Venue] = $"Room {i}" }, $"room {i}")).Status);
        }

        await using var db = _database.CreateContext();
        var history = new RevisionHistory(db);
        var first = await history.OfRecordAsync(Meeting1, 1, CancellationToken.None);
        var last = await history.OfRecordAsync(Meeting1, 99, CancellationToken.None);

        Assert.Equal((RevisionHistory.PageSize, 2), (first.Revisions.Count, first.PageCount));
        Assert.Equal("room 26", first.Revisions[0].Reason);
        Assert.Equal(2, last.Page);
        Assert.Equal(["room 1", "room 0"], last.Revisions.Select(r => r.Reason));
    }

    [SkippableFact]
    public async Task Recent_changes_cover_every_record_filter_by_type_and_editor_and_the_latest_come_as_many_as_asked()
    {
        var other = new EditorIdentity(_database.Editor.AccountId, "Oskar Other");
        await _database.EditMeetingAsync(1, new() { [MeetingRecord.City] = "Podgorica" }, "one");
        await _database.EditMeetingAsync(2, new() { [MeetingRecord.City] = "Skopje" }, "two", other);

        await using var db = _database.CreateContext();
        var history = new RevisionHistory(db);

        Assert.Equal(["two", "one"], (await history.RecentAsync(null, null, 1, CancellationToken.None)).Revisions.Select(r => r.Reason));
        Assert.Equal(["two"], (await history.RecentAsync(nameof(Meeting), "Oskar Other", 1, CancellationToken.None)).Revisions.Select(r => r.Reason));
        Assert.Equal(0, (await history.RecentAsync(nameof(Person), null, 1, CancellationToken.None)).Total);
        Assert.Equal(["two"], (await history.LatestAsync(null, null, 1, CancellationToken.None)).Revisions.Select(r => r.Reason));
        Assert.Equal(["one"], (await history.LatestAsync(nameof(Meeting), "Erin Editor", 50, CancellationToken.None)).Revisions.Select(r => r.Reason));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => history.LatestAsync(null, null, 0, CancellationToken.None));
        Assert.Equal(["Erin Editor", "Oskar Other"], await history.EditorNamesAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task One_revision_is_found_by_id_and_an_unknown_one_or_record_is_not()
    {
        var edit = await _database.EditMeetingAsync(1, new() { [MeetingRecord.City] = "Podgorica" }, "one");

        await using var db = _database.CreateContext();
        var history = new RevisionHistory(db);

        Assert.Equal(edit.RevisionId, Assert.Single((await history.OneAsync(edit.RevisionId!.Value, CancellationToken.None))!.Revisions).Id);
        Assert.Null(await history.OneAsync(999_999, CancellationToken.None));
        Assert.Null(await history.TitleAsync(new RecordKey(nameof(Meeting), 999_999), CancellationToken.None));
        Assert.Null(await history.TitleAsync(new RecordKey("Nonsense", 1), CancellationToken.None));
        Assert.Equal("Mark Rutte", await history.TitleAsync(new RecordKey(nameof(Person), await PersonIdAsync("Mark Rutte")), CancellationToken.None));
    }

    [SkippableFact]
    public async Task The_meeting_and_person_pages_learn_which_fields_editors_corrected()
    {
        await _database.EditMeetingAsync(1, new() { [MeetingRecord.City] = "Podgorica", [MeetingRecord.Date] = "2024-12" }, "From the caption");
        var rutte = await PersonIdAsync("Mark Rutte");
        await using var db = _database.CreateContext();
        db.Corrections.Add(new Correction { RecordType = nameof(Person), RecordId = rutte, Field = nameof(Person.Name), ImportedValue = "Mark Rute", RevisionId = await db.Revisions.Select(r => r.Id).FirstAsync() });
        await db.SaveChangesAsync();

        var meeting = (await new MeetingDetailsQuery(db).LoadAsync(1, CancellationToken.None))!;
        var untouched = (await new MeetingDetailsQuery(db).LoadAsync(2, CancellationToken.None))!;
        var person = (await PersonProfile.LoadAsync(db, rutte, CancellationToken.None))!;

        Assert.Equal([MeetingRecord.City, MeetingRecord.Date, MeetingRecord.DateOrigin], meeting.CorrectedFields.Order(StringComparer.Ordinal));
        Assert.True(meeting.IsCorrected(MeetingRecord.Venue, MeetingRecord.City));
        Assert.False(meeting.IsCorrected(MeetingRecord.Title));
        Assert.Empty(untouched.CorrectedFields);
        Assert.True(person.IsCorrected(nameof(Person.Name)));
        Assert.False(person.IsCorrected(nameof(Person.Aliases)));
    }

    private async Task<int> PersonIdAsync(string name)
    {
        await using var db = _database.CreateContext();
        return await db.People.Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
    }

    private async Task<string?> ParticipantsWithAsync(int meetingId, ParticipantValue added)
    {
        await using var db = _database.CreateContext();
        var state = (await EditingDatabase.CreateEditor(db).LoadAsync(nameof(Meeting), meetingId, CancellationToken.None))!;
        return MeetingRecord.WriteParticipants([.. MeetingRecord.ReadParticipants(state[MeetingRecord.Participants]), added]);
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();
}

public sealed class SqliteRevisionHistoryTests() : RevisionHistoryTests(DatabaseProvider.Sqlite);

[Trait("Category", "PostgreSQL")]
public sealed class PostgresRevisionHistoryTests() : RevisionHistoryTests(DatabaseProvider.PostgreSQL);
