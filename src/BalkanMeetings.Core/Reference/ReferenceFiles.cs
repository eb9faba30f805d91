using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace BalkanMeetings.Core.Reference;

/// <summary>Reads the reference data shipped in <c>seeds/reference/</c>. See docs/reference-data.md.</summary>
public static class ReferenceFiles
{
    public const string OfficeHoldersFile = "officeholders.csv";
    public const string SummitsFile = "nato-summits.csv";
    public const string SummitThemesFile = "summit-themes.csv";
    public const string CountriesFile = "countries.json";
    public const string TopicsFile = "topics.json";
    public const string PlacesFile = "places.csv";
    public const string RolesFile = "roles.json";
    public const string NationsFile = "nations.csv";
    public const string NotablesFile = "people.csv";

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static async Task<ReferenceSet> LoadAsync(string folder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Reference data folder '{folder}' does not exist.");
        }

        // One row gives an office term and the spellings of its holder's name.
        var holders = ReadCsv(Path.Combine(folder, OfficeHoldersFile), row => (
            Office: new OfficeTerm(
                row.Required("person"),
                row.Required("office"),
                row.Required("organization_or_country"),
                row.Date("start_date") ?? throw row.Error("start_date is required"),
                row.Date("end_date"),
                row.Optional("source_url")),
            Aliases: SplitList(row.Optional("aliases"))));
        var offices = holders.Select(h => h.Office).ToList();
        var themes = ReadCsv(Path.Combine(folder, SummitThemesFile), row => (Summit: row.Required("summit"), Start: row.Date("start_date"), Themes: SplitList(row.Optional("themes"))));
        var summits = ReadCsv(Path.Combine(folder, SummitsFile), row =>
        {
            var name = row.Required("name");
            var start = row.Date("start_date") ?? throw row.Error("start_date is required");
            var summitThemes = themes.Where(t => t.Summit == name && t.Start == start).SelectMany(t => t.Themes).ToList();
            return new SummitRecord(name, row.Required("city"), row.Required("country"), start, row.Date("end_date") ?? start, row.Optional("source_url"), summitThemes);
        });
        var places = ReadCsv(Path.Combine(folder, PlacesFile), row => new PlaceRecord(row.Required("city"), row.Required("country"), SplitList(row.Optional("aliases"))));

        // Optional files: a reference folder made before they existed still loads.
        var nations = ReadOptionalCsv(Path.Combine(folder, NationsFile), row => new NationRecord(row.Required("name"), SplitList(row.Optional("aliases")), SplitList(row.Optional("demonyms"))));
        var notables = ReadOptionalCsv(Path.Combine(folder, NotablesFile), row => new NotablePerson(row.Required("person"), SplitList(row.Optional("aliases")), row.Required("office"), row.Required("organization_or_country")));

        var countries = await ReadJsonAsync<List<CountryJson>>(Path.Combine(folder, CountriesFile), cancellationToken);
        var topics = await ReadJsonAsync<List<TopicJson>>(Path.Combine(folder, TopicsFile), cancellationToken);
        var roles = await ReadJsonAsync<List<RoleJson>>(Path.Combine(folder, RolesFile), cancellationToken);

        var people = holders
            .GroupBy(r => r.Office.Person, StringComparer.Ordinal)
            .Select(g => new PersonRecord(g.Key, g.SelectMany(r => r.Aliases).Distinct(StringComparer.Ordinal).ToList()))
            .ToList();
        people.AddRange(notables
            .Where(n => people.All(p => p.Name != n.Name))
            .GroupBy(n => n.Name, StringComparer.Ordinal)
            .Select(g => new PersonRecord(g.Key, g.SelectMany(n => n.Aliases).Distinct(StringComparer.Ordinal).ToList())));

        return new ReferenceSet(
            offices,
            summits,
            countries.Select(c => new CountryRecord(c.Code, c.Name, c.Capital, c.Aliases ?? [], c.Demonyms ?? [], c.Parties ?? [])).ToList(),
            topics.Select(t => new TopicRecord(t.Name, t.Synonyms ?? [])).ToList(),
            places,
            roles.Select(r => new RoleRecord(r.Title, string.Equals(r.Scope, "NATO", StringComparison.OrdinalIgnoreCase), r.Phrases ?? [])).ToList(),
            people)
        {
            Nations = nations,
            Notables = notables,
        };
    }

    private static List<string> SplitList(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? []
            : value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static List<T> ReadOptionalCsv<T>(string path, Func<CsvRow, T> map) => File.Exists(path) ? ReadCsv(path, map) : [];

    private static List<T> ReadCsv<T>(string path, Func<CsvRow, T> map)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Reference file '{path}' is missing.", path);
        }

        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim });
        csv.Read();
        csv.ReadHeader();
        var rows = new List<T>();
        while (csv.Read())
        {
            rows.Add(map(new CsvRow(csv, Path.GetFileName(path))));
        }

        return rows;
    }

    private static async Task<T> ReadJsonAsync<T>(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Reference file '{path}' is missing.", path);
        }

        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<T>(stream, Json, cancellationToken)
            ?? throw new InvalidDataException($"Reference file '{path}' is empty.");
    }

    private sealed class CsvRow(CsvReader csv, string file)
    {
        public string Required(string column) =>
            Optional(column) ?? throw Error($"column '{column}' is empty");

        public string? Optional(string column)
        {
            var value = csv.GetField(column);
            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }

        public DateOnly? Date(string column)
        {
            var value = Optional(column);
            if (value is null)
            {
                return null;
            }

            return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw Error($"'{value}' in column '{column}' is not a yyyy-MM-dd date");
        }

        public InvalidDataException Error(string problem) =>
            new($"{file}, line {csv.Parser.RawRow}: {problem}.");
    }

    private sealed record CountryJson(string Code, string Name, string Capital, List<string>? Aliases, List<string>? Demonyms, List<string>? Parties);

    private sealed record TopicJson(string Name, List<string>? Synonyms);

    private sealed record RoleJson(string Title, string Scope, List<string>? Phrases);
}
