namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// Finds the people the article names. Known names and aliases match whatever the case, diacritics or script; a name
/// the reference data does not know is taken where an office introduces it (<c>KFOR commander Maj. Gen. Enrico
/// Barduani</c>, <c>Goran Rakic, leader of the Srpska Lista</c>). A surname alone is the person the article names in
/// full, else the one known person of that surname, never a namesake of another given name (<c>Nenad Đurić</c>). See
/// docs/import.md#people.
/// </summary>
public sealed class PersonRule : IExtractionRule
{
    public void Apply(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tokens = context.Tokens;
        var covered = new bool[tokens.Count];
        var mentions = context.PersonMentions;
        foreach (var match in context.Reference.People.FindAll(tokens, context.PhraseWordNumbers))
        {
            if (!context.InTable(tokens[match.FirstToken].Start))
            {
                Add(mentions, covered, new PersonMention(match.Value, true, match.FirstToken, match.TokenCount, Span(context, match.FirstToken, match.LastToken), match.TokenCount > 1));
            }
        }

        // Surnames of known people first, so a known surname is not taken for part of an unknown name.
        var knownInFull = mentions.Where(m => m.IsFullName).Select(m => m.Name).Distinct(StringComparer.Ordinal).ToList();
        ResolveSurnames(context, covered, knownInFull);
        if (!context.IsCaseless)
        {
            foreach (var unknown in UnknownNames.Find(context, covered))
            {
                Add(mentions, covered, unknown);
            }
        }

        // An unknown person's name repeated in another script ("Özkan Ulutaş (Озкан Улуташ)").
        foreach (var name in mentions.Where(m => !m.IsKnown).Select(m => m.Name).Distinct(StringComparer.Ordinal).ToList())
        {
            var words = Tokenizer.Tokenize(name).Select(t => t.Folded).ToArray();
            for (var t = 0; t + words.Length <= tokens.Count; t++)
            {
                if (IsFreeAt(tokens, covered, t, words))
                {
                    Add(mentions, covered, new PersonMention(name, false, t, words.Length, Span(context, t, t + words.Length - 1), true));
                }
            }
        }

        ResolveSurnames(context, covered, mentions.Where(m => m.IsFullName).Select(m => m.Name).Distinct(StringComparer.Ordinal).ToList());
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        foreach (var mention in mentions)
        {
            var person = context.PersonNamed(mention.Name);
            if (person is null)
            {
                person = new PersonInArticle(mention.Name, mention.IsKnown);
                context.People.Add(person);
            }

            person.Mentions.Add(mention);
        }
    }

    private static void ResolveSurnames(ArticleContext context, bool[] covered, List<string> names)
    {
        var inFull = new PeopleNamedInFull(names, context.Reference);
        var tokens = context.Tokens;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (!covered[t] && !context.InTable(tokens[t].Start) && Surname(context, t, inFull) is { } surnamed)
            {
                Add(context.PersonMentions, covered, surnamed);
            }
        }
    }

    // Whether the words stand at token t and none of them is taken yet; a loop, as it is asked for every word of the
    // article, where a lambda would allocate its closure each time.
    private static bool IsFreeAt(TokenList tokens, bool[] covered, int t, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (covered[t + k] || tokens[t + k].Folded != words[k])
            {
                return false;
            }
        }

        return true;
    }

    private static void Add(List<PersonMention> mentions, bool[] covered, PersonMention mention)
    {
        mentions.Add(mention);
        for (var t = mention.FirstToken; t <= mention.LastToken; t++)
        {
            covered[t] = true;
        }
    }

    private static TextSpan Span(ArticleContext context, int first, int last) => new(context.Tokens[first].Start, context.Tokens[last].End);

    // A surname alone: first the people this article names in full, then the one known person of that surname when
    // written with a capital. A capitalised word just before it that is not that person's own name makes it someone
    // else's surname. Runs for every word of the article, so it looks up spans and allocates nothing for a word that is
    // no surname.
    private static PersonMention? Surname(ArticleContext context, int t, PeopleNamedInFull inFull)
    {
        var token = context.Tokens[t];
        var folded = token.Folded.AsSpan();

        // Possessives written without an apostrophe: "Ruttes visits".
        var canBePossessive = folded.Length > 3 && folded[^1] == 's';
        var (named, count) = inFull.WithSurname(folded);
        if (count == 0 && canBePossessive)
        {
            (named, count) = inFull.WithSurname(folded[..^1]);
        }

        if (count == 1)
        {
            return new PersonMention(named!, IsKnown(context, named!), t, 1, Span(context, t, t), false);
        }

        if (count > 1 || (!token.IsCapitalised && !context.IsCaseless))
        {
            return null;
        }

        var candidates = context.Reference.PeopleWithSurname(folded);
        if (candidates.Count == 0 && canBePossessive)
        {
            candidates = context.Reference.PeopleWithSurname(folded[..^1]);
        }

        if (candidates.Count != 1 || OtherGivenName(context, t, candidates[0]))
        {
            return null;
        }

        return new PersonMention(candidates[0], true, t, 1, Span(context, t, t), false);
    }

    // Whether the first mention of the name is of a known person; a loop, since a lambda here would allocate its
    // closure for every word of the article.
    private static bool IsKnown(ArticleContext context, string name)
    {
        foreach (var mention in context.PersonMentions)
        {
            if (mention.Name == name)
            {
                return mention.IsKnown;
            }
        }

        throw new InvalidOperationException($"No mention of {name}.");
    }

    private static bool OtherGivenName(ArticleContext context, int t, string person)
    {
        if (t == 0 || !context.Tokens[t].JoinedToPrevious || !context.Tokens[t - 1].IsCapitalised
            || UnknownNames.GapWords.Contains(context.Tokens[t - 1].Folded) || context.Offices.Any(o => t - 1 >= o.FirstToken && t - 1 <= o.LastToken))
        {
            return false;
        }

        var previous = context.Tokens[t - 1].Folded;
        return UnknownNames.IsNameWord(context, t - 1, new bool[context.Tokens.Count])
            && !Tokenizer.Tokenize(person).Any(w => w.Folded == previous);
    }
}
