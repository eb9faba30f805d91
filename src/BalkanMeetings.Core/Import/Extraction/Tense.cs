using System.Buffers;
using System.Text.RegularExpressions;

namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>The mood of a sentence as its verbs give it: announced, looking ahead from another encounter, or done.</summary>
internal static partial class Tense
{
    /// <summary>The first words that announce an encounter (<c>is set to visit</c>), or an empty match.</summary>
    public static Match Future(string text) => FutureRegex().Match(text);

    public static bool IsProspective(string text) => text.AsSpan().ContainsAny(ProspectiveWords) && ProspectiveRegex().IsMatch(text);

    // Every prospective phrase holds one of these, case aside ("loo" for "look", as the pattern, ignoring case, would
    // also match its k as the Kelvin sign).
    private static readonly SearchValues<string> ProspectiveWords =
        SearchValues.Create(["agreed", "hop", "loo", "invit", "plan", "next"], StringComparison.OrdinalIgnoreCase);

    public static Match Done(string text) => DoneRegex().Match(text);

    /// <summary>"it was the turn of X", "X was received": an encounter whose host the sentence does not name.</summary>
    public static bool IsUnnamedHost(string text) => UnnamedHostRegex().IsMatch(text) && !Regex.IsMatch(text, @"\b(?:received|welcomed|greeted)\s+(?:\w+\s+){0,6}?by\b", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"\bthe\s+turn\s+of\b|\b(?:was|were)\s+(?:received|welcomed|greeted)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnnamedHostRegex();

    /// <summary>
    /// "did not take part", "was unable to attend", "will not take place", "was postponed": where the words say that
    /// someone was not there, or an encounter did not happen.
    /// </summary>
    public static IEnumerable<Match> Absences(string text) =>
        text.AsSpan().ContainsAny(AbsenceWords) ? AbsenceRegex().Matches(text) : [];

    // Every absence holds one of these, case aside; most sentences hold none and skip the pattern's scan. (No word
    // has a k, which the pattern, ignoring case, would also match as the Kelvin sign.)
    private static readonly SearchValues<string> AbsenceWords =
        SearchValues.Create(["not", "n't", "never", "unable", "absent", "postponed", "cancel", "called"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(?:(?:did|does|do|will|would|could)\s+not|didn't|doesn't|won't|couldn't|never|(?:unable|not\s+able)\s+to)\s+(?:take\s+part|attend|join|participate|meet|travel|take\s+place)|\b(?:was|were|is|are)\s+(?:not\s+present|absent)\b|\b(?:postponed|cancell?ed|called\s+off)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AbsenceRegex();

    [GeneratedRegex(@"\b(?:will|shall|(?:is|are)\s+(?:set|scheduled|due|expected|planning|going)\s+to|(?:is|are|was)\s+due\s+(?:at|in)|plans?\s+to|(?:is|are)\s+to)\s+(?:(?:\w+\s+){0,3}?(?:visit|meet|travel|hold|pay|host|receive|welcome|arrive|take\s+part|join|address|talk|sign|sit\s+down)|be\s+(?:received|welcomed|hosted|held|in)|arrive)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FutureRegex();

    [GeneratedRegex(@"\b(?:(?:agreed|hop(?:e|es|ed)|(?:look(?:s|ed|ing)?)\s+forward|invit(?:e|es|ed)\s+\w+(?:\s+\w+)?|plans?)\s+to\s+(?:\w+\s+){0,2}?(?:meet|meeting|visit|visiting|host|hosting|hold|receive|receiving|welcome|welcoming|come)|hope\s+that\s+the\s+(?:meeting|visit|summit)|(?:the|his|her|their)\s+next\s+(?:meeting|visit|stop))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProspectiveRegex();

    [GeneratedRegex(@"\b(?:the recent visit|during the visit|discussions held|talks held|was received|were received|visited|met with|concluded (?:his|her|a|the)|the visit (?:marks|reflected|underscores))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DoneRegex();
}
