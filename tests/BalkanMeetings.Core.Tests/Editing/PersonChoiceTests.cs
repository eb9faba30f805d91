using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Tests.Editing;

public sealed class PersonChoiceTests : IAsyncLifetime
{
    private readonly EditingDatabase _database = new();

    [Theory]
    [InlineData("Dritan Abazović")]
    [InlineData("  dritan abazovic ")]
    [InlineData("ДРИТАН АБАЗОВИЋ")]
    public async Task A_name_or_alias_finds_the_person_whatever_the_case_diacritics_or_script(string typed)
    {
        await using var db = _database.CreateContext();

        var choice = await PersonChoice.FindAsync(db, typed, CancellationToken.None);

        Assert.Equal(new PersonChoice(await IdAsync(db, "Dritan Abazović"), null), choice);
    }

    [Fact]
    public async Task A_name_that_finds_no_one_suggests_names_containing_it()
    {
        await using var db = _database.CreateContext();

        var choice = await PersonChoice.FindAsync(db, "Stoltenberg", CancellationToken.None);

        Assert.Null(choice.PersonId);
        Assert.Equal("No one called “Stoltenberg” is in the database. Did you mean “Jens Stoltenberg”?", choice.Problem);
    }

    [Fact]
    public async Task Two_people_of_one_name_are_told_apart_by_number()
    {
        await using var db = _database.CreateContext();
        var first = await IdAsync(db, "Mark Rutte");
        var second = new Person { Name = "Mark Rutte", SearchKey = "mark rutte" };
        db.People.Add(second);
        await db.SaveChangesAsync();

        var ambiguous = await PersonChoice.FindAsync(db, "Mark Rutte", CancellationToken.None);
        var chosen = await PersonChoice.FindAsync(db, $"#{second.Id}", CancellationToken.None);
        var missing = await PersonChoice.FindAsync(db, "#999999", CancellationToken.None);

        Assert.Null(ambiguous.PersonId);
        Assert.Contains($"Mark Rutte (#{first}), Mark Rutte (#{second.Id})", ambiguous.Problem, StringComparison.Ordinal);
        Assert.Equal(second.Id, chosen.PersonId);
        Assert.Equal("No person has the number #999999.", missing.Problem);
    }

    private static Task<int> IdAsync(BalkanMeetingsDbContext db, string name) =>
        db.People.Where(p => p.Name == name).Select(p => p.Id).SingleAsync();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();
}
