using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import.Extraction.Temporal;

namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>A participant as the rules build it, before it becomes an <see cref="ExtractedParticipant"/>.</summary>
public sealed class ParticipantDraft
{
    public PersonInArticle? Person { get; init; }

    public OfficeMention? Office { get; set; }

    public string? Name { get; set; }

    public bool IsKnown { get; set; }

    public string? NameAsWritten { get; set; }

    public ValueOrigin NameOrigin { get; set; }

    public required string Role { get; set; }

    public ValueOrigin RoleOrigin { get; set; }

    public required string Organization { get; set; }

    public TextSpan? NameSpan { get; set; }

    public TextSpan? RoleSpan { get; set; }

    public ExtractedParticipant ToExtracted() =>
        new(Name, IsKnown, NameAsWritten, NameOrigin, Role, RoleOrigin, Organization, NameSpan, RoleSpan);
}

/// <summary>One encounter as the rules build it: the sentences that report it and what they say.</summary>
public sealed class MeetingDraft(DiscourseUnit unit, bool isCall)
{
    public DiscourseUnit Unit { get; } = unit;

    public bool IsCall { get; } = isCall;

    /// <summary>The sentences that report the encounter, the one that opened it first.</summary>
    public List<SentenceReading> Encounters { get; } = [];

    /// <summary>Every sentence read while this was the encounter in hand, encounters included.</summary>
    public List<SentenceReading> Sentences { get; } = [];

    /// <summary>For a call, the Western Balkans country on the other end; each call is its own meeting.</summary>
    public string? CallCountry { get; set; }

    /// <summary>For one of several separate calls with officials of one country, the official on the other end.</summary>
    public PersonInArticle? CallPerson { get; set; }

    /// <summary>For one stop of a tour, the city.</summary>
    public PlaceMention? TourStop { get; set; }

    public DateValue? Date { get; set; }

    public DateExpression? DateEvidence { get; set; }

    public ValueOrigin DateOrigin { get; set; } = ValueOrigin.Inferred;

    public TextSpan? DateSpan { get; set; }

    /// <summary>A place the text went to just before this encounter ("returned to Prishtinë on 22 April").</summary>
    public PlaceCandidate? ContextPlace { get; set; }

    public string? City { get; set; }

    public TextSpan? CitySpan { get; set; }

    public string? Venue { get; set; }

    public MeetingKind Kind { get; set; }

    public MeetingStatus Status { get; set; }

    public TextSpan? StatusSpan { get; set; }

    public List<ParticipantDraft> Participants { get; } = [];

    public List<string> Countries { get; } = [];

    /// <summary>Another date the article gives this encounter, for a ConflictingDates flag.</summary>
    public DateExpression? ConflictingDate { get; set; }

    /// <summary>Summits that fit the article's date clues equally well, for an AmbiguousDate flag.</summary>
    public string? AmbiguousSummits { get; set; }

    public SentenceReading Opening => Encounters[0];

    /// <summary>The city the encounter sentences give, the firmest first.</summary>
    public PlaceCandidate? SentencePlace => TourStop is { } stop
        ? new PlaceCandidate(stop.Place.City, stop.Span, null, 0)
        : Encounters.Where(IsOnDate).SelectMany(e => e.Places).OrderByDescending(p => p.Score).FirstOrDefault();

    /// <summary>True when the sentence's own date, if any, is this encounter's.</summary>
    public bool IsOnDate(SentenceReading reading) =>
        reading.EventDate?.Value is not { } value || Date is not { } date || value.Overlaps(date);
}
