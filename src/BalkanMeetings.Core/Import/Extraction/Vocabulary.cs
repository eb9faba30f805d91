using System.Collections.Frozen;

namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>Folded words the encounter rules look for. See docs/import.md#encounters.</summary>
internal static class Vocabulary
{
    /// <summary>Words that say an encounter happened or is planned.</summary>
    public static readonly FrozenSet<string> MeetingWords = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "met", "meet", "meets", "meeting", "meetings", "talks", "talked", "visit", "visits", "visited", "visiting", "received",
            "receive", "receives", "receiving", "welcomed", "welcome", "welcomes", "welcoming", "hosted", "host", "hosts", "hosting",
            "discussed", "discuss", "discusses", "discussion", "discussions", "spoke", "speak", "speaks", "call",
            "calls", "greeted", "greets", "phone", "phoned", "phones", "telephone", "telephoned", "conversation", "dinner", "lunch", "breakfast",
            "encounter", "consultations", "conference", "held", "hold", "holds", "stay", "margins", "trip", "tour", "toured",
            "audience", "exchange", "attended", "attends",
        ]);

    /// <summary>Words that make an encounter a call rather than a meeting in person.</summary>
    public static readonly FrozenSet<string> CallWords = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "phone", "phoned", "phones", "telephone", "telephoned", "videoconference", "videocall",
        ]);

    /// <summary>Words of meeting in person: a call never has them.</summary>
    public static readonly FrozenSet<string> InPersonWords = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "visit", "visits", "visited", "visiting", "dinner", "lunch", "breakfast", "received", "receives", "hosted", "hosts",
            "toured", "trip", "tour", "arrived", "arrives", "ceremony", "reception",
        ]);

    /// <summary>Words before a destination: "visits to Sarajevo", "travels to Kosovo", "visited Podgorica".</summary>
    public static readonly FrozenSet<string> VisitWords = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "visit", "visits", "visited", "visiting", "trip", "trips", "tour", "toured", "travels", "travel", "travelled", "traveled",
            "arrived", "arrives", "arrive", "heads", "head", "returned", "returns", "came", "comes", "flew", "flies",
        ]);

    /// <summary>Words right after a visiting word and before its destination.</summary>
    public static readonly FrozenSet<string> DestinationLinks = FrozenSet.Create(StringComparer.Ordinal, ["to", "of", "in"]);

    /// <summary>Parts of a day: "the morning after", "the evening before".</summary>
    public static readonly FrozenSet<string> DayParts = FrozenSet.Create(StringComparer.Ordinal, ["day", "morning", "afternoon", "evening", "night"]);

    /// <summary>Words before a place that say someone is only passing through or going on elsewhere.</summary>
    public static readonly FrozenSet<string> OnwardWords = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "heads", "head", "travels", "leaves", "left", "continues", "onward", "from", "near", "returned", "returns", "then",
        ]);

    /// <summary>Words right before a place that put someone there: "in Tirana", "visited Podgorica".</summary>
    public static readonly FrozenSet<string> Locatives = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "in", "at", "to", "visited", "visits", "visit", "visiting", "toured",
        ]);

    public static readonly FrozenSet<string> Headquarters = FrozenSet.Create(StringComparer.Ordinal, ["headquarters", "hq"]);

    /// <summary>Verbs of saying and acting that put their subject at the encounter being reported.</summary>
    public static readonly FrozenSet<string> SpeechWords = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "said", "says", "told", "tells", "added", "adds", "stressed", "stresses", "noted", "notes", "thanked", "thanks",
            "praised", "praises", "urged", "urges", "welcomed", "welcomes", "congratulated", "congratulates", "called", "calls",
            "expressed", "reaffirmed", "assured", "informed", "informs", "asked", "wrote", "writes", "underlined", "emphasised",
            "emphasized", "reiterated", "encouraged", "jokes", "joked", "signed", "handed", "announced", "reminded",
        ]);

    /// <summary>Organisations other than NATO whose envoys an official may hold talks with instead.</summary>
    public static readonly FrozenSet<string> OtherOrganisations = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "eu", "osce", "eulex", "unmik", "commission", "commissioner",
        ]);

    /// <summary>Events a date may belong to instead of the encounter: "the summit on 14 June".</summary>
    public static readonly FrozenSet<string> OtherEvents = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "summit", "summits", "vote", "votes", "election", "elections", "referendum", "anniversary", "independence", "accession",
            "deadline", "war", "earthquake", "invasion", "ratification", "signing", "signature", "violence", "attack", "attacks",
            "riots", "clashes", "floods", "crisis", "protest", "protests",
        ]);

    /// <summary>Words before a date that make it the start, end or limit of something else: "since July".</summary>
    public static readonly FrozenSet<string> BoundaryWords = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "since", "until", "till", "from", "ahead", "before", "after",
        ]);

    /// <summary>Ethnic names that say nothing about whom an office serves: "the Serb member of the Presidency".</summary>
    public static readonly FrozenSet<string> EthnicNames = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "serb", "serbs", "croat", "croats", "bosniak", "bosniaks",
        ]);

    /// <summary>Words before someone that make them what is talked about, not who talks: "talked about … the KFOR commander".</summary>
    public static readonly FrozenSet<string> TopicWords = FrozenSet.Create(StringComparer.Ordinal, ["about", "regarding", "concerning"]);

    /// <summary>
    /// The lists of encounter words each word is in, for the rule that reads every word of a sentence: one look-up per
    /// word, where asking each list would cost one per list.
    /// </summary>
    public static readonly FrozenDictionary<string, EncounterWord> EncounterWords = ListsOf(
        (MeetingWords, EncounterWord.Meeting),
        (CallWords, EncounterWord.Call),
        (InPersonWords, EncounterWord.InPerson),
        (OtherOrganisations, EncounterWord.OtherOrganisation));

    private static FrozenDictionary<string, EncounterWord> ListsOf(params (FrozenSet<string> Words, EncounterWord List)[] lists)
    {
        var byWord = new Dictionary<string, EncounterWord>(StringComparer.Ordinal);
        foreach (var (words, list) in lists)
        {
            foreach (var word in words)
            {
                byWord[word] = byWord.GetValueOrDefault(word) | list;
            }
        }

        return byWord.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

/// <summary>The lists of <see cref="Vocabulary"/> a word of encounter is in.</summary>
[Flags]
internal enum EncounterWord
{
    None = 0,
    Meeting = 1,
    Call = 2,
    InPerson = 4,
    OtherOrganisation = 8,
}
