using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// Finds the offices the article names (roles.json, singular and plural), with the organisation the words tie each
/// to: NATO for NATO offices, else the country before (<c>Montenegro’s</c>, <c>Croatian</c>) or after
/// (<c>of Albania</c>) it. Also party titles (<c>leader of the opposition VMRO-DPMNE</c>), bare <c>members</c> of the
/// Presidency, and <c>his Croatian counterpart</c>. See docs/import.md#offices.
/// </summary>
public sealed class OfficeRule : IExtractionRule
{
    public void Apply(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var matches = context.Reference.Roles.FindAll(context.Tokens, context.PhraseWordNumbers);
        for (var k = 0; k < matches.Count; k++)
        {
            var match = matches[k];
            if (context.InTable(context.Tokens[match.FirstToken].Start))
            {
                continue;
            }

            var before = context.WordAt(match.FirstToken - 1);
            var role = match.Value.Role;
            var title = role.Title;

            // "First Deputy Prime Minister and Minister of Foreign Affairs" is the minister; a plain deputy or vice
            // holds an office of their own.
            if (!role.IsNato && before is "deputy" or "vice")
            {
                if (k + 1 < matches.Count && context.WordAt(match.LastToken + 1) == "and" && matches[k + 1].FirstToken == match.LastToken + 2)
                {
                    continue;
                }

                title = (before == "deputy" ? "Deputy " : "Vice ") + title;
            }

            var first = before is "deputy" or "vice" ? match.FirstToken - 1 : match.FirstToken;
            var organization = role.IsNato ? ReferenceIndex.Nato : CountryBefore(context, first) ?? CountryAfter(context, match.LastToken);
            context.Offices.Add(Office(context, title, role.IsNato, organization, first, match.LastToken, match.Value.IsPlural));
        }

        context.Offices.AddRange(PartyTitles.Find(context));
        context.Offices.AddRange(PresidencyMembers(context));
        context.Offices.AddRange(Speakers(context));
        context.Offices.Sort((a, b) => a.Start.CompareTo(b.Start));
        context.Offices.AddRange(Counterparts(context));
        context.Offices.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    public static OfficeMention Office(ArticleContext context, string title, bool isNato, string? organization, int first, int last, bool isPlural)
    {
        ArgumentNullException.ThrowIfNull(context);
        // "the then Chair of the Presidency" held the office at the time spoken of; "former" did not.
        var isFormer = context.WordAt(first - 1) is "former" or "ex" || context.WordAt(first - 2) is "former" or "ex";
        return new OfficeMention(title, isNato, organization, first, last, new TextSpan(context.Tokens[first].Start, context.Tokens[last].End), isFormer, isPlural);
    }

    // "members Željka Cvijanović and Željko Komšić" where the sentence speaks of the Presidency.
    private static IEnumerable<OfficeMention> PresidencyMembers(ArticleContext context)
    {
        for (var t = 0; t < context.Tokens.Count; t++)
        {
            var word = context.WordAt(t);
            if (word is not ("member" or "members") || context.Offices.Any(o => t >= o.FirstToken && t <= o.LastToken)
                || context.SentenceAt(context.Tokens[t].Start) is not { } sentence
                || !Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Any(k => context.WordAt(k) == "presidency")
                || !context.Tokens[Math.Min(t + 1, context.Tokens.Count - 1)].IsCapitalised)
            {
                continue;
            }

            yield return Office(context, "Member of the Presidency", false, CountryIn(context, sentence), t, t, word == "members");
        }
    }

    // "Speaker Talat Xhaferi", "the Speaker of the Albanian Parliament": the speaker of a parliament however named.
    private static IEnumerable<OfficeMention> Speakers(ArticleContext context)
    {
        for (var t = 0; t < context.Tokens.Count; t++)
        {
            if (context.WordAt(t) != "speaker" || !context.Tokens[t].IsCapitalised || context.Offices.Any(o => t >= o.FirstToken && t <= o.LastToken))
            {
                continue;
            }

            var country = context.Countries.FirstOrDefault(c => c.FirstToken == t + 3 && context.WordAt(t + 1) == "of" && context.WordAt(t + 2) == "the");
            if (country is not null && context.WordAt(country.LastToken + 1) is "parliament" or "assembly")
            {
                yield return Office(context, "Speaker of Parliament", false, country.Name, t, country.LastToken + 1, false);
            }
            else if (t + 1 < context.Tokens.Count && context.Tokens[t + 1].IsCapitalised && context.Tokens[t + 1].JoinedToPrevious && context.WordAt(t + 1) is not ("of" or "the"))
            {
                yield return Office(context, "Speaker of Parliament", false, CountryBefore(context, t), t, t, false);
            }
        }
    }

    // "his Croatian counterpart, Gordan Jandroković": the office of the person before, for another country.
    private static IEnumerable<OfficeMention> Counterparts(ArticleContext context)
    {
        for (var t = 1; t < context.Tokens.Count; t++)
        {
            if (context.WordAt(t) is not ("counterpart" or "counterparts"))
            {
                continue;
            }

            var country = context.Countries.FirstOrDefault(c => c.LastToken == t - 1);
            var earlier = context.Offices.LastOrDefault(o => o.LastToken < t && !o.IsNato && context.SentenceAt(o.Start) == context.SentenceAt(context.Tokens[t].Start));
            if (country is not null && earlier is not null)
            {
                yield return Office(context, earlier.Title, false, country.Name, country.FirstToken, t, context.WordAt(t) == "counterparts");
            }
        }
    }

    private static string? CountryIn(ArticleContext context, Sentence sentence) =>
        context.Countries.FirstOrDefault(c => c.IsWesternBalkans && !c.IsDemonym && sentence.Contains(c.Start))?.Name;

    private static string? CountryBefore(ArticleContext context, int firstToken)
    {
        // "Montenegro’s Prime Minister", "Serbian President"; not across a full stop or a comma.
        if (firstToken == 0 || !context.Tokens[firstToken].JoinedToPrevious)
        {
            return null;
        }

        foreach (var country in context.Countries.Where(c => !Vocabulary.EthnicNames.Contains(context.WordAt(c.FirstToken))))
        {
            var possessive = context.WordAt(country.LastToken + 1) == "s" && country.LastToken + 2 == firstToken;
            if (country.LastToken + 1 == firstToken || possessive)
            {
                return country.Name;
            }
        }

        return null;
    }

    private static string? CountryAfter(ArticleContext context, int lastToken)
    {
        var t = lastToken + 1;
        if (context.WordAt(t) != "of")
        {
            return null;
        }

        t++;
        while (context.WordAt(t) is "the" or "republic" or "of")
        {
            t++;
        }

        return context.Countries.FirstOrDefault(c => c.FirstToken == t && !c.IsDemonym)?.Name;
    }
}
