using BalkanMeetings.Core.Editing;
using BalkanMeetings.Core.Import;
using BalkanMeetings.Core.Import.Extraction;
using BalkanMeetings.Core.Reference;
using Microsoft.EntityFrameworkCore;
using PersonRecord = BalkanMeetings.Core.Editing.PersonRecord;

namespace BalkanMeetings.Core.Tests.Editing;

public sealed class PersonRecordTests : IAsyncLifetime
{
    private const string Person = nameof(Domain.Person);
    private readonly EditingDatabase _database = new();

    [Fact]
    public async Task A_renamed_person_keeps_the_old_name_as_an_alias_with_search_keys_in_step()
    {
        var id = await PersonIdAsync("Dritan Abazović");

        var result = await _database.SaveAsync(Person, id, new() { [PersonRecord.Name] = "  Dritan Abazović Jr  " }, "Full name from his office");

        Assert.Equal(EditStatus.Saved, result.Status);
        await using var db = _database.CreateContext();
        var person = await db.People.Include(p => p.Aliases).SingleAsync(p => p.Id == id);
        Assert.Equal(("Dritan Abazović Jr", "dritan abazovic jr"), (person.Name, person.SearchKey));
        Assert.Equal(
            [("Dritan Abazovic", "dritan abazovic"), ("Dritan Abazović", "dritan abazovic")],
            person.Aliases.Select(a => (a.Text, a.SearchKey)).Order());
        var change = await db.RevisionChanges.SingleAsync(c => c.Field == PersonRecord.Aliases);
        Assert.Equal(("Dritan Abazovic", "Dritan Abazovic\nDritan Abazović"), (change.Before, change.After));
    }

    [Fact]
    public async Task After_a_rename_the_importer_still_reads_the_old_spelling_as_the_same_person()
    {
        var id = await PersonIdAsync("Dritan Abazović");
        await _database.SaveAsync(Person, id, new() { [PersonRecord.Name] = "D. Abazović" });

        await using var db = _database.CreateContext();
        var reference = new ReferenceIndex(await new ReferenceStore(db).LoadAsync(await ReferenceFiles.LoadAsync(TestPaths.ReferenceFolder, CancellationToken.None), CancellationToken.None));
        var match = reference.People.MatchAt(Tokenizer.Tokenize("Dritan Abazović"), 0);
        Assert.Equal("D. Abazović", match?.Value);
        Assert.Equal(id, (await ImportCatalog.LoadAsync(db, CancellationToken.None)).PersonId(match!.Value.Value));
    }

    [Fact]
    public async Task Renaming_to_an_alias_swaps_the_two()
    {
        var id = await PersonIdAsync("Aleksandar Vučić");

        await _database.SaveAsync(Person, id, new() { [PersonRecord.Name] = "Aleksandr Vucic" });

        await using var db = _database.CreateContext();
        var person = await db.People.Include(p => p.Aliases).SingleAsync(p => p.Id == id);
        Assert.Equal("Aleksandr Vucic", person.Name);
        Assert.Equal(["Aleksandar Vucic", "Aleksandar Vučić"], person.Aliases.Select(a => a.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Aliases_are_stored_trimmed_one_a_line_and_removed_ones_are_deleted()
    {
        var id = await PersonIdAsync("Aleksandar Vučić");

        var result = await _database.SaveAsync(Person, id, new() { [PersonRecord.Aliases] = "Вучић\r\n\r\n  Aleksandar Vucic \r\n" });

        Assert.Equal(EditStatus.Saved, result.Status);
        await using var db = _database.CreateContext();
        Assert.Equal(
            [("Aleksandar Vucic", "aleksandar vucic"), ("Вучић", "vucic")],
            (await db.PersonAliases.Where(a => a.PersonId == id).ToListAsync()).Select(a => (a.Text, a.SearchKey)).OrderBy(a => a.Text, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Mark Rutte", "Mark Rutte")]
    [InlineData("MARK RUTTE", "Mark Rutte")]
    [InlineData("Sandy Vershbow", "Alexander Vershbow")]
    public async Task An_alias_that_already_names_another_person_is_refused_naming_that_person(string alias, string other)
    {
        var id = await PersonIdAsync("Jens Stoltenberg");

        var result = await _database.SaveAsync(Person, id, new() { [PersonRecord.Aliases] = alias });

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Contains($"another person, {other} (#{await PersonIdAsync(other)})", result.Errors[PersonRecord.Aliases], StringComparison.Ordinal);
        Assert.False(result.Errors.ContainsKey(PersonRecord.Name));
    }

    [Fact]
    public async Task A_name_that_is_another_persons_alias_is_refused()
    {
        var id = await PersonIdAsync("Jens Stoltenberg");

        var result = await _database.SaveAsync(Person, id, new() { [PersonRecord.Name] = "Ivica Dacic" });

        Assert.Contains("Ivica Dačić", result.Errors[PersonRecord.Name], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PersonRecord.Name, " ", "Give the person's name")]
    [InlineData(PersonRecord.Aliases, "Jens\nJens", "“Jens” is listed twice")]
    [InlineData(PersonRecord.Aliases, "J. Stoltenberg\nJ. Stoltenberg the Norwegian Secretary General of the North Atlantic Treaty Organization from October 2014 to October 2024, before that Prime Minister of Norway twice, and before that minister of finance and of industry and energy", "under 200 characters")]
    public async Task Invalid_names_and_aliases_are_refused_and_nothing_is_written(string field, string value, string message)
    {
        var id = await PersonIdAsync("Jens Stoltenberg");

        var result = await _database.SaveAsync(Person, id, new() { [field] = value });

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Contains(message, result.Errors[field], StringComparison.Ordinal);
        await using var db = _database.CreateContext();
        Assert.Empty(db.Revisions);
        Assert.Equal("jens stoltenberg", (await db.People.SingleAsync(p => p.Id == id)).SearchKey);
    }

    private async Task<int> PersonIdAsync(string name)
    {
        await using var db = _database.CreateContext();
        return await db.People.Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();
}
