using BalkanMeetings.Core.Import.Extraction.Temporal;

namespace BalkanMeetings.Core.Import.Extraction;

public enum PartySource
{
    /// <summary>Named in the sentence.</summary>
    Named,

    /// <summary>Named only by office in the sentence (<c>the Minister of Defence</c>).</summary>
    Office,

    /// <summary>A pronoun for the person the text is about (<c>he</c>, <c>him</c>).</summary>
    Pronoun,

    /// <summary>The unnamed subject of a clipped sentence (<c>Skopje, Aug 26: met the Defence Minister</c>).</summary>
    Implicit,
}

/// <summary>Someone a sentence puts at an encounter: a person, or an office with no name.</summary>
public sealed record Party(PersonInArticle? Person, OfficeMention? Office, TextSpan Span, PartySource Source);

/// <summary>A place a sentence gives for its encounter, scored by how firmly the words tie the two.</summary>
public sealed record PlaceCandidate(string City, TextSpan Span, string? Venue, double Score);

/// <summary>
/// What one sentence says about an encounter: whether it reports one, who takes part, when and where, and in
/// which mood. See docs/import.md#encounters.
/// </summary>
public sealed class SentenceReading(Sentence sentence, DiscourseUnit unit)
{
    public Sentence Sentence { get; } = sentence;

    public DiscourseUnit Unit { get; } = unit;

    public bool IsQuestion { get; set; }

    /// <summary>A word of meeting, visiting, calling or taking part.</summary>
    public bool HasCue { get; set; }

    public int CueToken { get; set; } = -1;

    public bool IsCall { get; set; }

    /// <summary>A word of meeting in person (<c>visit</c>, <c>dinner</c>, <c>received at</c>) rather than by phone.</summary>
    public bool IsInPerson { get; set; }

    /// <summary>Announced: <c>will meet</c>, <c>is set to visit</c>, <c>is due to</c>.</summary>
    public bool IsFuture { get; set; }

    /// <summary>Looks ahead from another encounter: <c>agreed to meet within a month</c>, <c>the next meeting</c>.</summary>
    public bool IsProspective { get; set; }

    /// <summary>A recap of an encounter already reported: <c>The meeting between … on 6 March</c>.</summary>
    public bool IsRecap { get; set; }

    /// <summary>Talks with the EU, the UN or another organisation, not NATO.</summary>
    public bool HasOtherCounterpart { get; set; }

    public DateExpression? EventDate { get; set; }

    /// <summary>The sentence opens with its date (<c>Yesterday it was the turn of …</c>).</summary>
    public bool OpensWithDate { get; set; }

    public List<PlaceCandidate> Places { get; } = [];

    public List<Party> Parties { get; } = [];

    /// <summary>Western Balkans countries and cities the sentence says someone visits or travels to.</summary>
    public List<string> DestinationCountries { get; } = [];

    public List<PlaceMention> DestinationCities { get; } = [];

    /// <summary>NATO officials who speak or act in the sentence (<c>Stoltenberg said</c>, <c>according to Rutte</c>).</summary>
    public List<PersonInArticle> Speakers { get; } = [];

    public PlaceCandidate? BestPlace => Places.OrderByDescending(p => p.Score).FirstOrDefault();

    public bool HasWesternBalkansSide(ArticleContext context) =>
        DestinationCountries.Count > 0 || DestinationCities.Count > 0 || Parties.Any(p => Organisation.IsWesternBalkans(context, p));

    public bool IsEncounter => HasCue && !IsQuestion && (Parties.Count > 0 || DestinationCountries.Count > 0 || DestinationCities.Count > 0);
}
