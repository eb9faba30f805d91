using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>
/// The person the text is about, sentence by sentence: the one a sentence opens with, kept through <c>he</c> and
/// <c>she</c>. A clipped sentence that opens with its verb (<c>Skopje, Aug 26: met the Defence Minister</c>) has this
/// person as its subject. See docs/import.md#presence.
/// </summary>
internal sealed partial class DiscourseSubject
{
    private static readonly FrozenSet<string> LeadWords = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "on", "in", "at", "during", "after", "before", "following", "earlier", "later", "yesterday", "today", "tonight",
            "last", "this", "next", "flashback", "update", "then", "also", "meanwhile", "afterwards", "but", "and", "so", "q",
            "morning", "evening", "afternoon", "night", "the", "of", "day", "same",
        ]);

    private static readonly FrozenSet<string> Prepositions = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "on", "in", "at", "during", "after", "before", "following", "with", "upon", "as", "since", "according",
        ]);

    public PersonInArticle? Current { get; private set; }

    /// <summary>The first token after the sentence's opening date, place, label and introductory phrase.</summary>
    public static int FirstContentToken(ArticleContext context, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sentence);
        var start = sentence.FirstToken;
        var end = sentence.EndToken;
        if (end <= start)
        {
            return end;
        }

        // "Flashback: Podgorica, Mar 6 — talks": the words before a separator near the start are a label.
        var head = context.Text.AsSpan(sentence.Start, context.Tokens[Math.Min(end, start + 10) - 1].End - sentence.Start);
        var separator = -1;
        foreach (var match in LabelSeparator().EnumerateMatches(head))
        {
            separator = match.Index;
        }

        if (separator >= 0)
        {
            start = context.TokenAt(sentence.Start + separator);
        }

        // "On Wednesday evening, …", "During the talks, …": an opening phrase up to its comma.
        if (start < end && Prepositions.Contains(context.WordAt(start)))
        {
            for (var t = start + 1; t < Math.Min(end, start + 12); t++)
            {
                // "On Thursday he was at NATO Headquarters, where …": the subject came before the comma.
                if (context.WordAt(t) is "he" or "she" or "they" || context.PersonMentions.Any(m => m.FirstToken == t))
                {
                    break;
                }

                if (context.Text.AsSpan(context.Tokens[t - 1].End, context.Tokens[t].Start - context.Tokens[t - 1].End).Contains(','))
                {
                    start = t;
                    break;
                }
            }
        }

        var t0 = start;
        while (t0 < end && (LeadWords.Contains(context.WordAt(t0)) || char.IsDigit(context.Text[context.Tokens[t0].Start]) || IsPossessiveCountry(context, t0)
            || TextOrder.LastAtOrBefore(context.Dates, context.Tokens[t0].Start, d => d.Start) is { } date && context.Tokens[t0].End <= date.End
            || TextOrder.LastAtOrBefore(context.Places, t0, p => p.FirstToken) is { } place && t0 <= place.LastToken))
        {
            t0++;
        }

        return t0;
    }

    // "Kosovo's Prime Minister Albin Kurti": the country before the subject's office.
    // Loops, as it runs for the first words of every sentence, where a lambda would allocate its closure each time.
    private static bool IsPossessiveCountry(ArticleContext context, int t)
    {
        foreach (var country in context.Countries)
        {
            if (t >= country.FirstToken && t <= country.LastToken)
            {
                if (context.WordAt(country.LastToken + 1) == "s")
                {
                    return true;
                }

                foreach (var office in context.Offices)
                {
                    if (office.FirstToken == country.LastToken + 1)
                    {
                        return true;
                    }
                }

                break;
            }
        }

        if (context.WordAt(t) != "s")
        {
            return false;
        }

        foreach (var country in context.Countries)
        {
            if (country.LastToken == t - 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the sentence's subject; returns true when the sentence is clipped and this subject is its own.</summary>
    public bool Read(ArticleContext context, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(context);
        var t = FirstContentToken(context, sentence);
        if (t >= sentence.EndToken)
        {
            return false;
        }

        var word = context.WordAt(t);
        if (word is "he" or "she")
        {
            return false;
        }

        if (PersonAt(context, t) is { } person)
        {
            Current = person;
            return false;
        }

        if (Vocabulary.MeetingWords.Contains(word))
        {
            return true;
        }

        // A sentence about one person, who is not its subject, still makes them the one a later "he" means, unless a
        // "he" or "she" in it keeps the subject there is ("On arrival yesterday he was received by President …").
        if (OnlyPersonNamed(context, sentence) is { } only && !KeepsSubject(context, sentence))
        {
            Current = context.PersonNamed(only);
        }

        return false;
    }

    // The one person the sentence names, if it names exactly one (by any number of mentions). This and the next loop,
    // as they run for every sentence.
    private static string? OnlyPersonNamed(ArticleContext context, Sentence sentence)
    {
        string? only = null;
        foreach (var mention in context.PersonMentions)
        {
            if (!sentence.Contains(mention.Start) || mention.Name == only)
            {
                continue;
            }

            if (only is not null)
            {
                return null;
            }

            only = mention.Name;
        }

        return only;
    }

    private static bool KeepsSubject(ArticleContext context, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (context.WordAt(k) is "he" or "she")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The person named, or given by a held office, at token t.</summary>
    public static PersonInArticle? PersonAt(ArticleContext context, int t)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var mention in context.PersonMentions)
        {
            if (mention.FirstToken == t)
            {
                return context.PersonNamed(mention.Name);
            }
        }

        // "NATO Deputy Secretary General Mircea Geoană", "the Alliance's Secretary General": the holder of the office.
        var first = t;
        while (context.WordAt(first) is "the" or "nato" or "alliance" or "s" && first < t + 3)
        {
            first++;
        }

        // Loops, not lambdas, which would allocate their closure at every call: this runs for every sentence.
        foreach (var office in context.Offices)
        {
            if (office.FirstToken >= t && office.FirstToken <= first)
            {
                return HolderOf(context, office);
            }
        }

        return null;
    }

    private static PersonInArticle? HolderOf(ArticleContext context, OfficeMention office)
    {
        foreach (var person in context.People)
        {
            foreach (var held in person.Offices)
            {
                if (held.Span == office.Span)
                {
                    return person;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@":\s|\s[—–-]+\s", RegexOptions.CultureInvariant)]
    private static partial Regex LabelSeparator();
}
