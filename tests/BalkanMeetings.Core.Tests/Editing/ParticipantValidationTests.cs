using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Tests.Editing;

public sealed class ParticipantValidationTests : IAsyncLifetime
{
    private const string Meeting = nameof(Domain.Meeting);
    private readonly EditingDatabase _database = new();

    [Fact]
    public async Task Problems_are_reported_by_participant_and_part()
    {
        var participants = await ParticipantsAsync(1);
        var first = participants[0];

        // A row of another meeting cannot be taken over by sending its id.
        var elsewhere = (await ParticipantsAsync(2))[0].Id;
        var proposed = participants.Select(p => p.Id == first.Id ? p with { Role = " ", PersonId = 999999 } : p)
            .Append(new ParticipantValue(0, null, null, ValueOrigin.Edited, "Ambassador", new string('x', 101), null))
            .Append(new ParticipantValue(elsewhere, null, null, ValueOrigin.Edited, "Ambassador", "NATO", null));

        var result = await _database.SaveAsync(Meeting, 1, new() { [MeetingRecord.Participants] = MeetingRecord.WriteParticipants(proposed) });

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Equal(
            new Dictionary<string, string>
            {
                [$"Participants[{first.Id}].Role"] = "Give the role.",
                [$"Participants[{first.Id}].PersonId"] = "Choose a person who is in the database.",
                ["Participants[0].Organization"] = "Keep the organisation under 100 characters.",
                [$"Participants[{elsewhere}]"] = "This participant is no longer at this meeting; reload the page.",
            },
            result.Errors);
    }

    [Fact]
    public async Task An_unnamed_official_can_be_added_and_a_changed_person_is_marked_as_the_editors()
    {
        var participants = await ParticipantsAsync(1);
        int rutte;
        await using (var db = _database.CreateContext())
        {
            rutte = await db.People.Where(p => p.Name == "Mark Rutte").Select(p => p.Id).SingleAsync();
        }

        var stoltenberg = participants.Single(p => p.Role == "Secretary General");
        var proposed = participants.Select(p => p.Id == stoltenberg.Id ? p with { PersonId = rutte } : p)
            .Append(new ParticipantValue(0, null, null, ValueOrigin.Stated, " Ambassador ", "Montenegro", null));

        var result = await _database.SaveAsync(Meeting, 1, new() { [MeetingRecord.Participants] = MeetingRecord.WriteParticipants(proposed) });

        Assert.Equal(EditStatus.Saved, result.Status);
        var after = await ParticipantsAsync(1);
        Assert.Equal((rutte, ValueOrigin.Edited), after.Where(p => p.Id == stoltenberg.Id).Select(p => (p.PersonId!.Value, p.NameOrigin)).Single());
        Assert.Contains(after, p => p.PersonId is null && p.Role == "Ambassador" && p.NameOrigin == ValueOrigin.Edited);
        Assert.All(after.Where(p => p.Id != stoltenberg.Id && p.Role != "Ambassador"), p => Assert.Equal(ValueOrigin.Stated, p.NameOrigin));
    }

    private async Task<List<ParticipantValue>> ParticipantsAsync(int meetingId)
    {
        await using var db = _database.CreateContext();
        var state = await EditingDatabase.CreateEditor(db).LoadAsync(Meeting, meetingId, CancellationToken.None);
        return MeetingRecord.ReadParticipants(state![MeetingRecord.Participants]).ToList();
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();
}
