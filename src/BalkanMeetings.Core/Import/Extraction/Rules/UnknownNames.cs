using System.Collections.Frozen;
using BalkanMeetings.Core.Import.Extraction.Temporal;

namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// Names the reference data does not know, kept as written where an office introduces them: right after it
/// (<c>the Speaker of Parliament, Ranko Krivokapić</c>, <c>KFOR commander Maj. Gen. Enrico Barduani</c>) or right
/// before it (<c>Goran Rakic, leader of the Srpska Lista</c>). Not in title-case headlines, where every word has a
/// capital. See docs/import.md#people.
/// </summary>
internal static partial class UnknownNames
{
    private const int MaxNameWords = 4;

    public static IEnumerable<PersonMention> Find(ArticleContext context, bool[] covered)
    {
        var tokens = context.Tokens;
        foreach (var office in context.Offices)
        {
            if (context.SentenceAt(office.Start) is not { } sentence || IsTitleCase(context, sentence))
            {
                continue;
            }

            // After the office: skip what may stand between it and its holder.
            var t = office.LastToken + 1;
            while (t < tokens.Count && (tokens[t].Folded is "of" or "the" or "republic" || GapWords.Contains(tokens[t].Folded) || IsInCountryName(context, t)))
            {
                t++;
            }

            if (NameAt(context, t, covered) is { } after && Gaps.AllowHolderAfter(context, office.End, tokens[after.First].Start))
            {
                yield return Mention(context, after.First, after.End, covered);
                continue;
            }

            // Before it: "Name, office" or "Name (office".
            if (office.FirstToken >= 2 && NameEndingAt(context, office.FirstToken, covered) is { } before
                && Gaps.AllowHolderBefore(context, tokens[before.End - 1].End, office.Start))
            {
                yield return Mention(context, before.First, before.End, covered);
            }
        }
    }

    /// <summary>True when token t may be part of a person's name (not yet read as one when covered is given).</summary>
    public static bool IsNameWord(ArticleContext context, int t, bool[]? covered = null)
    {
        var token = context.Tokens[t];
        return covered?[t] != true
            && token.IsCapitalised
            && token.Length > 1
            && !char.IsDigit(context.Text[token.Start])
            && !NotNameWords.Contains(token.Folded)
            && DateTagger.MonthNumber(token.Folded) == 0
            && DateTagger.WeekdayOf(token.Folded) is null
            && !IsInCountryName(context, t)
            && !(TextOrder.LastAtOrBefore(context.Places, t, p => p.FirstToken) is { } place && place.LastToken >= t)
            && context.Reference.Roles.MatchAt(context.Tokens, context.PhraseWordNumbers, t) is null;
    }

    // A loop, as it runs for many words: a lambda would allocate its closure at each call.
    private static bool IsInCountryName(ArticleContext context, int t)
    {
        foreach (var country in context.Countries)
        {
            if (t >= country.FirstToken && t <= country.LastToken)
            {
                return true;
            }
        }

        return false;
    }

    private static PersonMention Mention(ArticleContext context, int first, int end, bool[] covered)
    {
        var span = new TextSpan(context.Tokens[first].Start, context.Tokens[end - 1].End);
        for (var k = first; k < end; k++)
        {
            covered[k] = true;
        }

        return new PersonMention(context.Slice(span), false, first, end - first, span, true);
    }

    // Two to four capitalised words, joined, with "de", "van" and the like allowed between them.
    private static (int First, int End)? NameAt(ArticleContext context, int first, bool[] covered)
    {
        if (first >= context.Tokens.Count || !IsNameWord(context, first, covered))
        {
            return null;
        }

        var end = first + 1;
        var last = first + 1;
        while (end < context.Tokens.Count && end - first < MaxNameWords && context.Tokens[end].JoinedToPrevious)
        {
            if (IsNameWord(context, end, covered))
            {
                last = ++end;
            }
            else if (Particles.Contains(context.Tokens[end].Folded) && !covered[end])
            {
                end++;
            }
            else
            {
                break;
            }
        }

        return last - first >= 2 ? (first, last) : null;
    }

    private static (int First, int End)? NameEndingAt(ArticleContext context, int officeFirst, bool[] covered)
    {
        // The name ends before the comma or bracket that opens the apposition, and an article-level "the".
        var end = officeFirst;
        while (end > 0 && context.Tokens[end - 1].Folded is "the" or "a")
        {
            end--;
        }

        for (var first = Math.Max(0, end - MaxNameWords); first <= end - 2; first++)
        {
            if (NameAt(context, first, covered) is { } name && name.End == end && (first == 0 || !context.Tokens[first].JoinedToPrevious || !IsNameWord(context, first - 1, covered)))
            {
                return name;
            }
        }

        return null;
    }

    // A headline, even one run into the text, capitalises every word of some length and ends without a full
    // stop; a sentence crowded with names and offices still ends like a sentence.
    private static bool IsTitleCase(ArticleContext context, Sentence sentence)
    {
        if (sentence.Block is Blocks.BlockKind.Title or Blocks.BlockKind.Heading)
        {
            return true;
        }

        if (context.Text.AsSpan(sentence.Start, sentence.End - sentence.Start).TrimEnd() is [.., '.' or '!' or '?' or '"' or '”'])
        {
            return false;
        }

        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var token = context.Tokens[t];
            if (!token.IsCapitalised && token.Length >= 4 && char.IsLetter(context.Text[token.Start]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Ranks and forms of address that may stand between an office and its holder.</summary>
    public static readonly FrozenSet<string> GapWords = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "mr", "ms", "mrs", "dr", "general", "gen", "major", "maj", "lieutenant", "lt", "colonel", "col", "admiral", "adm",
            "brigadier", "brig", "rear", "ambassador", "amb", "h", "e", "his", "her", "excellency",
        ]);

    private static readonly FrozenSet<string> Particles = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "de", "van", "von", "der", "den", "da", "di", "du", "del", "la", "le", "dos", "ter", "bin",
        ]);

    private static readonly FrozenSet<string> NotNameWords = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "nato", "the", "and", "of", "in", "at", "on", "for", "with", "to", "alliance", "allied", "kfor", "eu", "european", "union",
            "un", "united", "nations", "state", "government", "minister", "ministry", "office", "press", "headquarters", "hq",
            "western", "balkans", "republic", "assembly", "parliament", "council", "presidency", "during", "after", "before",
            "commission", "commissioner", "osce", "eulex", "unmik", "secretary", "deputy", "chair", "chairman", "member", "members",
            "leader", "party", "force", "forces", "mission", "army", "security", "defence", "defense", "foreign", "affairs",
            "north", "atlantic", "treaty", "organization", "organisation",
        ]);
}
