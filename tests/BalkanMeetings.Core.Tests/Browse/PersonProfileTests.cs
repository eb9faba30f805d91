using BalkanMeetings.Core.Browse;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Tests.Browse;

public abstract class PersonProfileTests(SeededDatabase seeded)
{
    [SkippableFact]
    public async Task Mark_Rutte_has_his_two_meetings_and_his_office_with_its_source()
    {
        var rutte = await LoadAsync("Mark Rutte");

        Assert.Equal(2, rutte.MeetingCount);
        Assert.Equal(["Mark Rutte in Pristina", "Mark Rutte in Sarajevo"], rutte.Timeline.Select(m => m.Title).Order(StringComparer.Ordinal));
        Assert.False(rutte.TimelineIsPartial);
        var office = Assert.Single(rutte.Offices);
        Assert.Equal(("Secretary General", "NATO", new DateOnly(2024, 10, 1), (DateOnly?)null), (office.Title, office.Organization, office.Start, office.End));
        Assert.StartsWith("https://", office.SourceUrl, StringComparison.Ordinal);

        // Neither article dates its visit, so there is nothing to check his office against.
        Assert.All(rutte.Timeline, m => Assert.Equal(OfficeAgreement.DateUnknown, m.Check.Agreement));
        Assert.All(rutte.Timeline, m => Assert.Equal("Secretary General", Assert.Single(m.Roles).Role));
        Assert.Equal([("BA", 1), ("XK", 1)], rutte.CountriesMet.Select(c => (c.Value, c.Count)));
        Assert.Empty(rutte.PeopleMet);
    }

    [SkippableFact]
    public async Task Timeline_is_oldest_first_and_shows_where_the_article_office_is_not_in_the_reference_data()
    {
        var stoltenberg = await LoadAsync("Jens Stoltenberg");

        Assert.Equal(
            [new DateOnly(2021, 5, 1), new DateOnly(2024, 12, 16), new DateOnly(2024, 12, 18)],
            stoltenberg.Timeline.Select(m => m.Date!.Value));

        // May 2021: he was Secretary General, as the article says.
        Assert.Equal(OfficeAgreement.Matches, stoltenberg.Timeline[0].Check.Agreement);
        Assert.Equal("Secretary General", Assert.Single(stoltenberg.Timeline[0].Check.Offices).Title);

        // December 2024: the article still calls him Secretary General, but his term ended on 1 October 2024.
        var late = stoltenberg.Timeline[1];
        Assert.Equal(OfficeAgreement.NoOffice, late.Check.Agreement);
        Assert.Empty(late.Check.Offices);
        Assert.Equal(new DateOnly(2024, 10, 1), late.Check.Nearest!.End);
        Assert.Equal("Dritan Abazović", Assert.Single(late.Others).Name);
    }

    [SkippableFact]
    public async Task A_wrong_office_is_set_beside_the_one_the_reference_data_gives_for_that_day()
    {
        var komsic = await LoadAsync("Željko Komšić");

        var meeting = Assert.Single(komsic.Timeline);
        Assert.Equal("Chair of the Presidency", Assert.Single(meeting.Roles).Role);
        Assert.Equal(OfficeAgreement.Differs, meeting.Check.Agreement);
        var held = Assert.Single(meeting.Check.Offices);
        Assert.Equal(("Member of the Presidency", "Bosnia and Herzegovina"), (held.Title, held.Organization));
        Assert.Contains("Zeljko Komsic", komsic.Aliases);
    }

    [SkippableFact]
    public async Task People_and_countries_met_are_counted_over_the_persons_meetings()
    {
        var stoltenberg = await LoadAsync("Jens Stoltenberg");

        Assert.Equal(
            ["Dritan Abazović", "Milo Đukanović", "Željko Komšić"],
            stoltenberg.PeopleMet.Select(p => p.Label).Order(StringComparer.Ordinal));
        Assert.All(stoltenberg.PeopleMet, p => Assert.Equal(1, p.Count));
        Assert.DoesNotContain(stoltenberg.PeopleMet, p => p.Value == stoltenberg.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal([("ME", 2), ("BA", 1)], stoltenberg.CountriesMet.Select(c => (c.Value, c.Count)));
    }

    [SkippableFact]
    public async Task Unknown_person_has_no_profile()
    {
        await using var db = seeded.CreateContext();

        Assert.Null(await PersonProfile.LoadAsync(db, 999_999, CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_profile_costs_the_same_number_of_queries_however_many_meetings_the_person_has()
    {
        var few = await QueriesForAsync("Željko Komšić");
        var more = await QueriesForAsync("Jens Stoltenberg");

        Assert.Equal(few, more);
        Assert.InRange(more, 1, 10);
    }

    private async Task<int> QueriesForAsync(string name)
    {
        var id = await IdOfAsync(name);
        var counter = new CommandCounter();
        await using var db = CommandCounter.Context(seeded, counter);
        Assert.NotNull(await PersonProfile.LoadAsync(db, id, CancellationToken.None));
        return counter.Count;
    }

    private async Task<PersonProfile> LoadAsync(string name)
    {
        var id = await IdOfAsync(name);
        await using var db = seeded.CreateContext();
        return (await PersonProfile.LoadAsync(db, id, CancellationToken.None))!;
    }

    private async Task<int> IdOfAsync(string name)
    {
        await using var db = seeded.CreateContext();
        return await db.People.Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
    }
}

public sealed class SqlitePersonProfileTests(SeededDatabase seeded) : PersonProfileTests(seeded), IClassFixture<SeededDatabase>;

[Trait("Category", "PostgreSQL")]
public sealed class PostgresPersonProfileTests(PostgresSeededDatabase seeded) : PersonProfileTests(seeded), IClassFixture<PostgresSeededDatabase>;
