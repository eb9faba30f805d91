using BalkanMeetings.Core.Editing;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Tests.Editing;

public sealed class InitiativeRecordTests : IAsyncLifetime
{
    private const string Initiative = nameof(Domain.Initiative);
    private readonly EditingDatabase _database = new();

    [Fact]
    public async Task A_rename_keeps_the_key_the_importer_finds_the_initiative_by_and_either_name_finds_it()
    {
        var id = await InitiativeIdAsync("Joint Training Exercises");

        var result = await _database.SaveAsync(Initiative, id, new() { [InitiativeRecord.Name] = "Joint Training Exercises Programme", [InitiativeRecord.Objective] = "  ", [InitiativeRecord.Timeline] = "2025–2026" });

        Assert.Equal(EditStatus.Saved, result.Status);
        await using var db = _database.CreateContext();
        var initiative = await db.Initiatives.SingleAsync(i => i.Id == id);
        Assert.Equal(("Joint Training Exercises Programme", "joint training exercises", null, "2025–2026"), (initiative.Name, initiative.NameKey, initiative.Objective, initiative.Timeline));
        Assert.Equal(id, await InitiativeRecord.FindByNameAsync(db, "joint training exercises", CancellationToken.None));
        Assert.Equal(id, await InitiativeRecord.FindByNameAsync(db, "JOINT TRAINING EXERCISES PROGRAMME", CancellationToken.None));
        Assert.Null(await InitiativeRecord.FindByNameAsync(db, "Joint Training", CancellationToken.None));
    }

    [Fact]
    public async Task Renaming_back_to_the_imported_name_is_no_clash_with_itself()
    {
        var id = await InitiativeIdAsync("Joint Training Exercises");
        await _database.SaveAsync(Initiative, id, new() { [InitiativeRecord.Name] = "Training Exercises" });

        var result = await _database.SaveAsync(Initiative, id, new() { [InitiativeRecord.Name] = "Joint Training Exercises" });

        Assert.Equal(EditStatus.Saved, result.Status);
    }

    [Fact]
    public async Task A_rename_to_the_name_another_was_first_imported_under_is_refused_so_that_name_still_finds_it()
    {
        var training = await InitiativeIdAsync("Joint Training Exercises");
        var cyber = await InitiativeIdAsync("Cyber Defense Framework");
        await _database.SaveAsync(Initiative, cyber, new() { [InitiativeRecord.Name] = "Cyber Resilience Framework" });

        var result = await _database.SaveAsync(Initiative, training, new() { [InitiativeRecord.Name] = "Cyber Defense Framework" });

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Contains("first imported under that name, and is now called “Cyber Resilience Framework”", result.Errors[InitiativeRecord.Name], StringComparison.Ordinal);
        await using var db = _database.CreateContext();
        Assert.Equal(cyber, await InitiativeRecord.FindByNameAsync(db, "Cyber Defense Framework", CancellationToken.None));
    }

    [Theory]
    [InlineData(InitiativeRecord.Name, "cyber defense framework", "Another initiative is called that: “Cyber Defense Framework”")]
    [InlineData(InitiativeRecord.Name, "", "Give the initiative a name")]
    [InlineData(InitiativeRecord.Timeline, "long", "under 200 characters")]
    [InlineData(InitiativeRecord.Objective, "long", "under 4000 characters")]
    public async Task Invalid_values_are_refused_by_field(string field, string value, string message)
    {
        var id = await InitiativeIdAsync("Joint Training Exercises");
        var typed = value == "long" ? new string('x', field == InitiativeRecord.Timeline ? 201 : 4001) : value;

        var result = await _database.SaveAsync(Initiative, id, new() { [field] = typed });

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Contains(message, result.Errors[field], StringComparison.Ordinal);
    }

    private async Task<int> InitiativeIdAsync(string name)
    {
        await using var db = _database.CreateContext();
        return await db.Initiatives.Where(i => i.Name == name).Select(i => i.Id).SingleAsync();
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();
}
