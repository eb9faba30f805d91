using System.Globalization;

namespace BalkanMeetings.Core.Reference;

/// <summary>
/// Everything the importer checks articles against, as plain rows: loaded from the files in
/// <c>seeds/reference/</c> or from the database, where editors can correct it.
/// </summary>
public sealed record ReferenceSet(
    IReadOnlyList<OfficeTerm> Offices,
    IReadOnlyList<SummitRecord> Summits,
    IReadOnlyList<CountryRecord> Countries,
    IReadOnlyList<TopicRecord> Topics,
    IReadOnlyList<PlaceRecord> Places,
    IReadOnlyList<RoleRecord> Roles,
    IReadOnlyList<PersonRecord> People)
{
    /// <summary>Countries outside the Western Balkans, so their leaders at the same table keep their country.</summary>
    public IReadOnlyList<NationRecord> Nations { get; init; } = [];

    /// <summary>People who hold no office the office holders track (party leaders, KFOR commanders, earlier leaders).</summary>
    public IReadOnlyList<NotablePerson> Notables { get; init; } = [];
}

/// <summary>A person the reference data knows, with every spelling that names them.</summary>
public sealed record PersonRecord(string Name, IReadOnlyList<string> Aliases);

/// <summary>One row of officeholders.csv: who held which office for whom, from when to when.</summary>
public sealed record OfficeTerm(string Person, string Title, string Organization, DateOnly Start, DateOnly? End, string? SourceUrl)
{
    public bool Covers(DateOnly from, DateOnly to) => Start <= to && (End is null || End >= from);

    /// <summary>The row as a reader of the reference file would quote it in a review flag.</summary>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Person}, {Title}, {Organization}, {Start:yyyy-MM-dd} to {(End is { } end ? end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "present")}");
}

/// <summary>A NATO summit, with the agenda themes an article may name it by.</summary>
public sealed record SummitRecord(string Name, string City, string Country, DateOnly Start, DateOnly End, string? SourceUrl, IReadOnlyList<string> Themes);

public sealed record CountryRecord(
    string Code,
    string Name,
    string Capital,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Demonyms,
    IReadOnlyList<string> Parties);

public sealed record TopicRecord(string Name, IReadOnlyList<string> Synonyms);

/// <summary>A city meetings take place in, with its country and other spellings.</summary>
public sealed record PlaceRecord(string City, string Country, IReadOnlyList<string> Aliases);

/// <summary>A canonical role and the phrases articles use for it; NATO roles belong to NATO, national ones to a country.</summary>
public sealed record RoleRecord(string Title, bool IsNato, IReadOnlyList<string> Phrases);

/// <summary>A country outside the Western Balkans, with the other names and demonyms articles use for it.</summary>
public sealed record NationRecord(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Demonyms);

/// <summary>A person articles name with an office the office holders do not track, and that office.</summary>
public sealed record NotablePerson(string Name, IReadOnlyList<string> Aliases, string Office, string Organization);
