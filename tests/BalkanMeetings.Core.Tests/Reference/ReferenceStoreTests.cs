using System.Globalization;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Reference;
using BalkanMeetings.Core.Tests.Data;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Tests.Reference;

public sealed class ReferenceStoreTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task Seeding_the_repository_files_writes_every_office_person_alias_country_summit_and_topic()
    {
        var files = await LoadFilesAsync();
        await _database.MigrateAsync();

        Assert.True(await SeedAsync(files));

        await using var db = _database.CreateContext();
        Assert.Equal(155, await db.Offices.CountAsync());
        var distinctPeople = files.Offices.Select(o => o.Person).Concat(files.Notables.Select(n => n.Name)).Distinct(StringComparer.Ordinal).Count();
        Assert.Equal(distinctPeople, await db.People.CountAsync(p => p.IsReference));
        var distinctAliases = files.People.Sum(p => p.Aliases.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(distinctAliases, await db.PersonAliases.CountAsync());
        Assert.Equal(files.Countries.Count, await db.Countries.CountAsync());
        Assert.Equal(files.Countries.Sum(c => c.Aliases.Count), await db.CountryAliases.CountAsync(a => !a.IsDemonym));
        Assert.Equal(files.Countries.Sum(c => c.Demonyms.Count), await db.CountryAliases.CountAsync(a => a.IsDemonym));
        Assert.Equal(files.Summits.Count, await db.Summits.CountAsync());
        Assert.Equal(files.Topics.Count, await db.Topics.CountAsync());
        Assert.Equal(files.Topics.Sum(t => t.Synonyms.Count), await db.TopicSynonyms.CountAsync());

        var sekerinska = await db.People
            .Include(p => p.Aliases)
            .Include(p => p.Offices)
            .SingleAsync(p => p.Name == "Radmila Šekerinska");
        Assert.Equal("radmila sekerinska", sekerinska.SearchKey);
        Assert.Contains(sekerinska.Aliases, a => a is { Text: "Radmila Shekerinska", SearchKey: "radmila shekerinska" });
        Assert.Contains(sekerinska.Offices, o => o is { Title: "Deputy Secretary General", Organization: "NATO" });
    }

    [Fact]
    public async Task A_second_seed_returns_false_and_writes_nothing()
    {
        var files = await LoadFilesAsync();
        await _database.MigrateAsync();
        await SeedAsync(files);
        var before = await CountRowsAsync();

        Assert.False(await SeedAsync(files));

        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task People_the_importer_created_do_not_stop_the_first_seed()
    {
        var files = await LoadFilesAsync();
        await _database.MigrateAsync();
        await using (var db = _database.CreateContext())
        {
            db.People.Add(new Person { Name = "Ivan Petrov", SearchKey = "ivan petrov" });
            await db.SaveChangesAsync();
        }

        Assert.True(await SeedAsync(files));
    }

    [Fact]
    public async Task Load_returns_what_was_seeded_with_parties_themes_places_and_roles_from_the_files()
    {
        var files = await LoadFilesAsync();
        await _database.MigrateAsync();
        await SeedAsync(files);

        var loaded = await LoadAsync(files);

        Assert.Equal(files.Offices, loaded.Offices);
        Assert.Equal(files.People.Select(Describe), loaded.People.Select(Describe));
        Assert.Equal(
            files.Countries.Select(Describe).Order(StringComparer.Ordinal),
            loaded.Countries.Select(Describe).Order(StringComparer.Ordinal));
        Assert.Equal(files.Topics.Select(Describe), loaded.Topics.Select(Describe));
        Assert.Equal(files.Summits.Select(Describe), loaded.Summits.Select(Describe));
        Assert.Same(files.Places, loaded.Places);
        Assert.Same(files.Roles, loaded.Roles);

        Assert.Contains("Radmila Sekerinska", loaded.People.Single(p => p.Name == "Radmila Šekerinska").Aliases);
        var montenegro = loaded.Countries.Single(c => c.Code == "ME");
        Assert.Contains("Montenegrin", montenegro.Demonyms);
        Assert.DoesNotContain("Montenegrin", montenegro.Aliases);
        Assert.NotEmpty(montenegro.Parties);
        Assert.Contains("cyber defence", loaded.Topics.Single(t => t.Name == "cybersecurity").Synonyms);
        // Two summits are called "Brussels Summit": the start date tells their themes apart.
        var brussels = loaded.Summits.Where(s => s.Name == "Brussels Summit").OrderBy(s => s.Start).ToList();
        Assert.Equal(["burden sharing", "NATO Mission Iraq"], brussels[0].Themes);
        Assert.Equal(["NATO 2030"], brussels[1].Themes);
    }

    [Fact]
    public async Task Editors_changes_in_the_database_win_over_the_files()
    {
        var files = await LoadFilesAsync();
        await _database.MigrateAsync();
        await SeedAsync(files);
        var ruttesEnd = new DateOnly(2028, 9, 30);
        await using (var db = _database.CreateContext())
        {
            var synonym = await db.TopicSynonyms.SingleAsync(s => s.Phrase == "cyber defence");
            synonym.Phrase = "cyber-defence";
            var rutte = await db.Offices.SingleAsync(
                o => o.Person!.Name == "Mark Rutte" && o.Title == "Secretary General");
            rutte.End = ruttesEnd;
            var kosovo = await db.Countries.SingleAsync(c => c.Code == "XK");
            kosovo.Aliases.Add(new CountryAlias { CountryCode = "XK", Text = "Republika e Kosovës" });
            await db.SaveChangesAsync();
        }

        Assert.False(await SeedAsync(files));
        var loaded = await LoadAsync(files);

        var cybersecurity = loaded.Topics.Single(t => t.Name == "cybersecurity").Synonyms;
        Assert.Contains("cyber-defence", cybersecurity);
        Assert.DoesNotContain("cyber defence", cybersecurity);
        Assert.Equal(ruttesEnd, loaded.Offices.Single(o => o is { Person: "Mark Rutte", Title: "Secretary General" }).End);
        Assert.Contains("Republika e Kosovës", loaded.Countries.Single(c => c.Code == "XK").Aliases);
    }

    [Fact]
    public async Task Load_includes_people_the_importer_created_with_their_aliases()
    {
        var files = await LoadFilesAsync();
        await _database.MigrateAsync();
        await SeedAsync(files);
        await using (var db = _database.CreateContext())
        {
            var person = new Person { Name = "Ivan Petrov", SearchKey = "ivan petrov" };
            person.Aliases.Add(new PersonAlias { Text = "I. Petrov", SearchKey = "i. petrov" });
            db.People.Add(person);
            await db.SaveChangesAsync();
        }

        var loaded = await LoadAsync(files);

        Assert.Equal(["I. Petrov"], loaded.People.Single(p => p.Name == "Ivan Petrov").Aliases);
        Assert.Equal(files.People.Count + 1, loaded.People.Count);
    }

    public void Dispose() => _database.Dispose();

    private async Task<bool> SeedAsync(ReferenceSet files)
    {
        await using var db = _database.CreateContext();
        return await new ReferenceStore(db).SeedIfEmptyAsync(files, CancellationToken.None);
    }

    private async Task<ReferenceSet> LoadAsync(ReferenceSet files)
    {
        await using var db = _database.CreateContext();
        return await new ReferenceStore(db).LoadAsync(files, CancellationToken.None);
    }

    private async Task<int[]> CountRowsAsync()
    {
        await using var db = _database.CreateContext();
        return
        [
            await db.People.CountAsync(),
            await db.PersonAliases.CountAsync(),
            await db.Offices.CountAsync(),
            await db.Countries.CountAsync(),
            await db.CountryAliases.CountAsync(),
            await db.Summits.CountAsync(),
            await db.Topics.CountAsync(),
            await db.TopicSynonyms.CountAsync(),
        ];
    }

    private static Task<ReferenceSet> LoadFilesAsync() =>
        ReferenceFiles.LoadAsync(TestPaths.ReferenceFolder, CancellationToken.None);

    // Records holding lists compare them by reference, so the tests compare these one-line descriptions instead.
    private static string Describe(PersonRecord p) => $"{p.Name} | {Join(p.Aliases)}";

    private static string Describe(CountryRecord c) =>
        $"{c.Code} | {c.Name} | {c.Capital} | {Join(c.Aliases)} | {Join(c.Demonyms)} | {Join(c.Parties)}";

    private static string Describe(TopicRecord t) => $"{t.Name} | {Join(t.Synonyms)}";

    private static string Describe(SummitRecord s) => string.Create(
        CultureInfo.InvariantCulture,
        $"{s.Name} | {s.City} | {s.Country} | {s.Start:yyyy-MM-dd} | {s.End:yyyy-MM-dd} | {s.SourceUrl} | {Join(s.Themes)}");

    private static string Join(IReadOnlyList<string> items) => string.Join("; ", items);
}
