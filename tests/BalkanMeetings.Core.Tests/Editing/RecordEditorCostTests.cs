using BalkanMeetings.Core.Editing;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Tests.Editing;

/// <summary>What a meeting save costs, and that its one read is safe: the meeting's version refuses a save crossing another.</summary>
public sealed class RecordEditorCostTests : IAsyncLifetime
{
    private const string Meeting = nameof(Domain.Meeting);
    private readonly EditingDatabase _database = new();

    [Fact]
    public async Task A_meeting_save_reads_the_meeting_once_and_sends_a_dozen_commands()
    {
        var opened = await OpenAsync();
        var log = new CommandLog();
        await using var db = _database.CreateContext(log);

        var result = await EditingDatabase.CreateEditor(db).SaveAsync(Meeting, 1, opened, new() { [MeetingRecord.City] = "Podgorica" }, "From the caption", _database.Editor, CancellationToken.None);

        Assert.Equal(EditStatus.Saved, result.Status);

        // One read of the meeting with its countries, topics, initiatives and participants (a split query); then the
        // update checked by its version, the revision, the correction, the data version moved on, and nothing read again.
        Assert.Equal(5, log.Reading("Meetings"));
        Assert.Single(log.Commands, c => c.StartsWith("UPDATE \"Meetings\"", StringComparison.Ordinal));
        Assert.Single(log.Commands, c => c.StartsWith("UPDATE \"DataVersion\"", StringComparison.Ordinal));
        Assert.True(log.Commands.Count <= 11, $"A save of one field sent {log.Commands.Count} commands:\n{string.Join("\n---\n", log.Commands)}");
    }

    [Fact]
    public async Task Of_twenty_saves_of_one_form_at_once_one_is_written_and_the_others_are_refused_with_what_it_changed()
    {
        var opened = await OpenAsync();

        var results = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(async () =>
        {
            await using var db = _database.CreateContext();
            var city = $"City {i}";
            return (City: city, Result: await EditingDatabase.CreateEditor(db).SaveAsync(Meeting, 1, opened, new() { [MeetingRecord.City] = city }, "race", _database.Editor, CancellationToken.None));
        })));

        var winner = Assert.Single(results, r => r.Result.Status == EditStatus.Saved);
        Assert.All(results.Where(r => r != winner), r =>
        {
            Assert.Equal(EditStatus.Conflict, r.Result.Status);
            Assert.Equal(new ChangedMeanwhile(MeetingRecord.City, opened[MeetingRecord.City], winner.City), Assert.Single(r.Result.Conflicts));
        });
        await using var check = _database.CreateContext();
        var meeting = await check.Meetings.SingleAsync(m => m.Id == 1);
        Assert.Equal(winner.City, meeting.City);
        Assert.Equal(winner.Result.RevisionId, (await check.Revisions.SingleAsync()).Id);
    }

    private async Task<RecordState> OpenAsync()
    {
        await using var db = _database.CreateContext();
        return (await EditingDatabase.CreateEditor(db).LoadAsync(Meeting, 1, CancellationToken.None))!;
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();
}
