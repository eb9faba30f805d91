using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Bench.Corpus;

/// <summary>
/// Who held which office on a given day, from officeholders.csv, plus the spellings and the deliberate errors
/// the generator needs.
/// </summary>
internal sealed class OfficeHolders
{
    public const string Nato = "NATO";
    public const string SecretaryGeneral = "Secretary General";
    public const string DeputySecretaryGeneral = "Deputy Secretary General";

    private const int MaxErrorDistanceDays = 540;

    private readonly IReadOnlyList<OfficeTerm> _terms;
    private readonly Dictionary<string, string> _asciiSpellings;

    private OfficeHolders(IReadOnlyList<OfficeTerm> terms, Dictionary<string, string> asciiSpellings, IReadOnlyList<CountryRecord> countries)
    {
        _terms = terms;
        _asciiSpellings = asciiSpellings;
        Countries = countries;
    }

    /// <summary>The Western Balkans countries that have office holders in the reference data, in file order.</summary>
    public IReadOnlyList<CountryRecord> Countries { get; }

    public static OfficeHolders From(ReferenceSet reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var ascii = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var person in reference.People)
        {
            // The first plain-ASCII alias is the spelling wire services use ("Djukanovic" before "Dukanovic").
            var spelling = IsAscii(person.Name) ? person.Name : person.Aliases.FirstOrDefault(IsAscii);
            if (spelling is not null)
            {
                ascii[person.Name] = spelling;
            }
        }

        var countries = reference.Countries
            .Where(c => reference.Offices.Any(o => string.Equals(o.Organization, c.Name, StringComparison.Ordinal)))
            .ToList();
        if (countries.Count == 0 || !reference.Offices.Any(o => string.Equals(o.Organization, Nato, StringComparison.Ordinal)))
        {
            throw new InvalidDataException("The reference data names no NATO or Western Balkans office holders.");
        }

        return new OfficeHolders(reference.Offices, ascii, countries);
    }

    /// <summary>The name without diacritics, or the name itself when the reference data gives no such alias.</summary>
    public string AsciiSpelling(string person) => _asciiSpellings.GetValueOrDefault(person, person);

    /// <summary>
    /// Terms of <paramref name="organization"/> that cover <paramref name="date"/>. The end date counts, because a
    /// successor often starts the day after it, unless a successor starts that very day (a hand-over day belongs to
    /// the newcomer, so an office never has two holders).
    /// </summary>
    public IEnumerable<OfficeTerm> HeldOn(string organization, DateOnly date) =>
        _terms.Where(t => string.Equals(t.Organization, organization, StringComparison.Ordinal) && Covers(t, date));

    /// <summary>The holder of one office on a day; where the data has overlapping terms, the one who started last.</summary>
    public OfficeTerm? HolderOn(string organization, string office, DateOnly date) =>
        HeldOn(organization, date).Where(t => string.Equals(t.Title, office, StringComparison.Ordinal)).MaxBy(t => t.Start);

    /// <summary>
    /// An office the article can wrongly give on <paramref name="date"/> instead of <paramref name="actual"/>:
    /// either someone who held the same office at another time (Stoltenberg months after Rutte took over) or the
    /// same person with an office they held at another time (Đukanović as Prime Minister while President).
    /// </summary>
    public OfficeTerm? Misstated(OfficeTerm actual, DateOnly date, Random random)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(random);
        // Only terms near the date: stale or premature names are the errors articles make, a 2009 name in 2024 is not.
        var sameOrganization = _terms
            .Where(t => string.Equals(t.Organization, actual.Organization, StringComparison.Ordinal))
            .Where(t => DaysBetween(t, date) <= MaxErrorDistanceDays && !HoldsOn(t.Person, t.Title, t.Organization, date))
            .ToList();

        var others = sameOrganization
            .Where(t => string.Equals(t.Title, actual.Title, StringComparison.Ordinal) && !string.Equals(t.Person, actual.Person, StringComparison.Ordinal))
            .OrderBy(t => DaysBetween(t, date))
            .ThenBy(t => t.Person, StringComparer.Ordinal)
            .Take(2)
            .ToList();
        var own = sameOrganization
            .Where(t => string.Equals(t.Person, actual.Person, StringComparison.Ordinal) && !string.Equals(t.Title, actual.Title, StringComparison.Ordinal))
            .ToList();

        if (own.Count > 0 && (others.Count == 0 || random.Chance(0.4)))
        {
            return random.Pick(own);
        }

        return others.Count > 0 ? random.Pick(others) : null;
    }

    private bool HoldsOn(string person, string office, string organization, DateOnly date) =>
        _terms.Any(t => string.Equals(t.Person, person, StringComparison.Ordinal)
            && string.Equals(t.Title, office, StringComparison.Ordinal)
            && string.Equals(t.Organization, organization, StringComparison.Ordinal)
            && Covers(t, date));

    private bool Covers(OfficeTerm term, DateOnly date) =>
        term.Start <= date && (term.End is null || date < term.End || (date == term.End && !HandedOverOn(term, date)));

    private bool HandedOverOn(OfficeTerm term, DateOnly date) =>
        _terms.Any(t => t.Start == date
            && string.Equals(t.Title, term.Title, StringComparison.Ordinal)
            && string.Equals(t.Organization, term.Organization, StringComparison.Ordinal)
            && !string.Equals(t.Person, term.Person, StringComparison.Ordinal));

    private static int DaysBetween(OfficeTerm term, DateOnly date) =>
        date < term.Start ? term.Start.DayNumber - date.DayNumber : date.DayNumber - (term.End ?? date).DayNumber;

    private static bool IsAscii(string text) => text.All(char.IsAscii);
}
