using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Bench.Corpus;

/// <summary>The shapes of article the generator writes; see docs/benchmarks.md for their share of a corpus.</summary>
internal enum ArticleStyle
{
    ContentFarm,
    Wire,
    Portal,
    PressRelease,
    HtmlNewsroom,
    CallAndVisit,
    Empty,
    Binary,
}

/// <summary>
/// Someone at a meeting as the article states them. <see cref="Misstated"/> marks a deliberate error: the person
/// did not hold <see cref="Office"/> on the meeting day.
/// </summary>
internal sealed record Participant(string Name, string AsciiName, string Office, string Organization, bool Misstated);

/// <summary>One encounter. A phone call has no city.</summary>
internal sealed record Meeting(DateOnly Date, string? City, Participant Nato, IReadOnlyList<Participant> Hosts, CountryRecord Country)
{
    public const string Headquarters = "Brussels";

    public bool AtHeadquarters => string.Equals(City, Headquarters, StringComparison.Ordinal);

    public Participant MainHost => Hosts[0];
}

/// <summary>Everything an article will say, decided before any text is written.</summary>
internal sealed record ArticlePlan(
    ArticleStyle Style,
    IReadOnlyList<Meeting> Meetings,
    IReadOnlyList<Topic> Topics,
    bool Planned,
    bool AsciiNames,
    bool NatoUnnamed,
    bool Undated)
{
    /// <summary>The meeting the article is mainly about: the visit when a call came first.</summary>
    public Meeting Main => Meetings[^1];

    public bool HasMisstatedOffice => Meetings.Any(m => m.Nato.Misstated || m.Hosts.Any(h => h.Misstated));
}
