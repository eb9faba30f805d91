using BalkanMeetings.Core.Import.Extraction;

namespace BalkanMeetings.Core.Reference;

/// <summary>The reference data arranged for the importer's look-ups: phrase matchers and dated office queries.</summary>
public sealed class ReferenceIndex
{
    public const string Nato = "NATO";

    private readonly Dictionary<string, List<OfficeTerm>> _officesByPerson;
    private readonly Dictionary<string, CountryRecord> _countriesByName;
    private readonly Dictionary<string, List<string>> _peopleBySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>>.AlternateLookup<ReadOnlySpan<char>> _peopleBySurnameSpan;
    private readonly Dictionary<string, List<string>> _surnamesByPerson = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NotablePerson> _notables;

    public ReferenceIndex(ReferenceSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        Set = set;
        _peopleBySurnameSpan = _peopleBySurname.GetAlternateLookup<ReadOnlySpan<char>>();
        People = new(PhraseWords);
        Roles = new(PhraseWords);
        Nations = new(PhraseWords);
        Countries = new(PhraseWords);
        Parties = new(PhraseWords);
        Places = new(PhraseWords);
        Topics = new(PhraseWords);
        _officesByPerson = set.Offices.GroupBy(o => o.Person, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        _countriesByName = set.Countries.ToDictionary(c => c.Name, StringComparer.Ordinal);
        _notables = set.Notables.GroupBy(n => n.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        foreach (var person in set.People)
        {
            foreach (var spelling in person.Aliases.Prepend(person.Name))
            {
                People.Add(spelling, person.Name);
                var words = Tokenizer.Tokenize(spelling);
                if (words.Count > 1)
                {
                    AddSurname(words[^1].Folded, person.Name);
                }
            }
        }

        foreach (var role in set.Roles)
        {
            foreach (var phrase in role.Phrases.Prepend(role.Title))
            {
                Roles.Add(phrase, new RolePhrase(role, IsPlural: false));
            }
        }

        // Plural forms come after every singular one, so a phrase that is both ("Premiers") stays singular.
        foreach (var role in set.Roles)
        {
            foreach (var phrase in role.Phrases.Prepend(role.Title))
            {
                foreach (var plural in Plurals(phrase))
                {
                    Roles.Add(plural, new RolePhrase(role, IsPlural: true));
                }
            }
        }

        foreach (var nation in set.Nations)
        {
            foreach (var name in nation.Aliases.Prepend(nation.Name))
            {
                Nations.Add(name, new NationPhrase(nation, IsDemonym: false));
            }

            foreach (var demonym in nation.Demonyms)
            {
                Nations.Add(demonym, new NationPhrase(nation, IsDemonym: true));
            }
        }

        foreach (var country in set.Countries)
        {
            Countries.Add(country.Name, new CountryPhrase(country, IsDemonym: false));
            foreach (var alias in country.Aliases)
            {
                Countries.Add(alias, new CountryPhrase(country, IsDemonym: false));
            }

            foreach (var demonym in country.Demonyms)
            {
                Countries.Add(demonym, new CountryPhrase(country, IsDemonym: true));
            }

            foreach (var party in country.Parties)
            {
                Parties.Add(party, (party, country));
            }
        }

        foreach (var place in set.Places)
        {
            foreach (var spelling in place.Aliases.Prepend(place.City))
            {
                Places.Add(spelling, place);
            }
        }

        foreach (var topic in set.Topics)
        {
            foreach (var synonym in topic.Synonyms.Prepend(topic.Name))
            {
                Topics.Add(synonym, topic);
            }
        }
    }

    public ReferenceSet Set { get; }

    /// <summary>The first words of every matcher's phrases, numbered, so an article's words are looked up once for all.</summary>
    public PhraseWords PhraseWords { get; } = new();

    /// <summary>Full names and aliases of known people, mapped to the canonical name.</summary>
    public PhraseMatcher<string> People { get; }

    public PhraseMatcher<RolePhrase> Roles { get; }

    /// <summary>Countries outside the Western Balkans, by name, alias or demonym.</summary>
    public PhraseMatcher<NationPhrase> Nations { get; }

    public PhraseMatcher<CountryPhrase> Countries { get; }

    public PhraseMatcher<(string Name, CountryRecord Country)> Parties { get; }

    public PhraseMatcher<PlaceRecord> Places { get; }

    public PhraseMatcher<TopicRecord> Topics { get; }

    // A miss answers an empty array: "? list : []" would make a new empty list, and these are asked for most words.

    /// <summary>Known people whose surname (last word of a name or alias) is the given folded word.</summary>
    public IReadOnlyList<string> PeopleWithSurname(string foldedSurname) =>
        _peopleBySurname.TryGetValue(foldedSurname, out var people) ? people : Array.Empty<string>();

    /// <summary>As <see cref="PeopleWithSurname(string)"/>, for a word read from the text without copying it.</summary>
    public IReadOnlyList<string> PeopleWithSurname(ReadOnlySpan<char> foldedSurname) =>
        _peopleBySurnameSpan.TryGetValue(foldedSurname, out var people) ? people : Array.Empty<string>();

    /// <summary>The folded surnames a known person is found by in <see cref="PeopleWithSurname(string)"/>.</summary>
    public IReadOnlyList<string> SurnamesOf(string person) =>
        _surnamesByPerson.TryGetValue(person, out var surnames) ? surnames : Array.Empty<string>();

    public IReadOnlyList<OfficeTerm> OfficesOf(string person) =>
        _officesByPerson.TryGetValue(person, out var offices) ? offices : Array.Empty<OfficeTerm>();

    public bool IsWesternBalkans(string organization) => _countriesByName.ContainsKey(organization);

    /// <summary>The office a person the office holders do not track is known by, if the notable people list them.</summary>
    public NotablePerson? NotableOffice(string person) => _notables.GetValueOrDefault(person);

    // "Prime Ministers", "members of the Presidency": the last word, or the first before "of", with an s.
    private static IEnumerable<string> Plurals(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        yield return string.Join(' ', words[..^1].Append(words[^1] + "s"));
        if (words.Length > 2 && words[1].Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            yield return string.Join(' ', words.Skip(1).Prepend(words[0] + "s"));
        }
    }

    /// <summary>Terms of the office (title and organisation) that overlap the period from..to.</summary>
    public IEnumerable<OfficeTerm> HoldersOf(string title, string organization, DateOnly from, DateOnly to) =>
        Set.Offices.Where(o => o.Title == title && o.Organization == organization && o.Covers(from, to));

    private void AddSurname(string surname, string person)
    {
        if (!_peopleBySurname.TryGetValue(surname, out var people))
        {
            people = [];
            _peopleBySurname[surname] = people;
        }

        if (!people.Contains(person))
        {
            people.Add(person);
            if (!_surnamesByPerson.TryGetValue(person, out var surnames))
            {
                surnames = [];
                _surnamesByPerson[person] = surnames;
            }

            surnames.Add(surname);
        }
    }
}

/// <summary>A country as an article names it: by name or alias, or by demonym (<c>Serbian</c>).</summary>
public sealed record CountryPhrase(CountryRecord Country, bool IsDemonym);

/// <summary>A country outside the Western Balkans as an article names it.</summary>
public sealed record NationPhrase(NationRecord Nation, bool IsDemonym);

/// <summary>An office as an article names it; <c>foreign ministers</c> is the plural of one.</summary>
public sealed record RolePhrase(RoleRecord Role, bool IsPlural);
