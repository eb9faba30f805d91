namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>Folded words the meeting rules look for. See docs/import.md#meetings.</summary>
internal static class Vocabulary
{
    /// <summary>Words that say an encounter happened or is planned.</summary>
    public static readonly HashSet<string> MeetingWords = new(StringComparer.Ordinal)
    {
        "met", "meet", "meets", "meeting", "talks", "talked", "visit", "visits", "visited", "visiting", "received", "receive",
        "receives", "welcomed", "welcome", "welcomes", "hosted", "host", "hosts", "hosting", "discussed", "discuss", "discusses",
        "discussion", "discussions", "spoke", "speak", "call", "called", "phone", "telephone", "conversation", "dinner", "lunch",
        "breakfast", "encounter", "consultations", "conference", "held", "hold", "holds", "stay", "margins",
    };

    /// <summary>Words that make an encounter a call rather than a meeting in person.</summary>
    public static readonly HashSet<string> CallWords = new(StringComparer.Ordinal)
    {
        "phone", "telephone", "call", "videoconference", "video", "videocall",
    };

    /// <summary>Words before a place that say someone is only passing through or going on elsewhere.</summary>
    public static readonly HashSet<string> OnwardWords = new(StringComparer.Ordinal)
    {
        "heads", "head", "travels", "leaves", "left", "continues", "onward", "from", "near", "returned", "returns", "then",
    };

    /// <summary>Words right before a place that put someone there: "in Tirana", "visited Podgorica".</summary>
    public static readonly HashSet<string> Locatives = new(StringComparer.Ordinal)
    {
        "in", "at", "to", "visited", "visits", "visit", "visiting", "toured",
    };

    public static readonly HashSet<string> Headquarters = new(StringComparer.Ordinal) { "headquarters", "hq" };
}
