using System.Text.RegularExpressions;
using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>
/// Finds the people and offices an article names and ties each office to the person it belongs to:
/// <c>Montenegro’s Prime Minister Dritan Abazović</c>, <c>the Speaker of Parliament, Ranko Krivokapic</c>,
/// <c>Hristijan Mickoski, leader of VMRO-DPMNE</c>. See docs/import.md#participants.
/// </summary>
public static partial class PeopleFinder
{
    private const int MaxGapLength = 80;

    public static (List<PersonInArticle> People, List<RoleMention> Roles, List<RoleMention> UnattachedRoles) Find(ArticleText article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var roles = FindRoles(article);
        var mentions = FindNamedPeople(article, roles);

        var people = new Dictionary<string, PersonInArticle>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (!people.TryGetValue(mention.Name, out var person))
            {
                person = new PersonInArticle(mention.Name, mention.IsKnown);
                people[mention.Name] = person;
            }

            person.Mentions.Add(mention);
        }

        var unattached = new List<RoleMention>();
        foreach (var role in roles)
        {
            var holder = HolderAfter(article, role, mentions) ?? HolderBefore(article, role, mentions);
            if (holder is null)
            {
                unattached.Add(role);
                continue;
            }

            var person = people[holder.Name];
            person.Role ??= role;
        }

        return (people.Values.OrderBy(p => p.Mentions[0].Start).ToList(), roles, unattached);
    }

    private static List<RoleMention> FindRoles(ArticleText article)
    {
        var tokens = article.Tokens;
        var roles = new List<RoleMention>();
        var matches = article.Reference.Roles.FindAll(tokens);
        for (var k = 0; k < matches.Count; k++)
        {
            var match = matches[k];
            var start = tokens[match.FirstToken].Start;
            if (article.InTable(start))
            {
                continue;
            }

            var before = article.WordAt(match.FirstToken - 1);
            var title = match.Value.Title;

            // "First Deputy Prime Minister and Minister of Foreign Affairs" is the minister; a plain deputy or vice
            // holds an office of their own.
            if (!match.Value.IsNato && before is "deputy" or "vice")
            {
                var next = k + 1 < matches.Count ? matches[k + 1] : (PhraseMatch<RoleRecord>?)null;
                if (next is { } n && article.WordAt(match.LastToken + 1) == "and" && n.FirstToken == match.LastToken + 2)
                {
                    continue;
                }

                title = before == "deputy" ? "Deputy " + title : "Vice " + title;
            }

            var first = before is "deputy" or "vice" ? match.FirstToken - 1 : match.FirstToken;
            var organization = match.Value.IsNato ? ReferenceIndex.Nato : CountryBefore(article, first) ?? CountryAfter(article, match.LastToken);
            var isFormer = article.WordAt(first - 1) is "former" or "ex" or "then" || article.WordAt(first - 2) is "former";
            roles.Add(new RoleMention(title, match.Value.IsNato, organization, first, match.LastToken, tokens[first].Start, tokens[match.LastToken].End, isFormer));
        }

        roles.AddRange(FindPartyLeaders(article));
        roles.Sort((a, b) => a.Start.CompareTo(b.Start));
        return roles;
    }

    // "leader of the opposition VMRO-DPMNE", "VMRO-DPMNE leader": a party title keeps the party's name.
    private static IEnumerable<RoleMention> FindPartyLeaders(ArticleText article)
    {
        var tokens = article.Tokens;
        foreach (var party in article.Reference.Parties.FindAll(tokens))
        {
            var (name, country) = party.Value;
            var leader = -1;
            for (var t = party.FirstToken - 1; t >= Math.Max(0, party.FirstToken - 5); t--)
            {
                var word = tokens[t].Folded;
                if (word == "leader")
                {
                    leader = t;
                    break;
                }

                if (word is not ("of" or "the" or "opposition" or "ruling" or "main" or "party"))
                {
                    break;
                }
            }

            if (leader < 0 && article.WordAt(party.LastToken + 1) == "leader")
            {
                leader = party.LastToken + 1;
            }

            if (leader >= 0)
            {
                var first = Math.Min(leader, party.FirstToken);
                var last = Math.Max(leader, party.LastToken);
                yield return new RoleMention("Leader of " + name, false, country.Name, first, last, tokens[first].Start, tokens[last].End, false);
            }
        }
    }

    private static string? CountryBefore(ArticleText article, int firstToken)
    {
        foreach (var country in article.Countries)
        {
            var possessive = article.WordAt(country.LastToken + 1) == "s" && country.LastToken + 2 == firstToken;
            if (country.LastToken + 1 == firstToken || possessive)
            {
                return country.Country.Name;
            }
        }

        return null;
    }

    private static string? CountryAfter(ArticleText article, int lastToken)
    {
        var t = lastToken + 1;
        if (article.WordAt(t) != "of")
        {
            return null;
        }

        t++;
        while (article.WordAt(t) is "the" or "republic" or "of")
        {
            t++;
        }

        return article.Countries.FirstOrDefault(c => c.FirstToken == t && !c.IsDemonym)?.Country.Name;
    }

    private static List<PersonMention> FindNamedPeople(ArticleText article, List<RoleMention> roles)
    {
        var tokens = article.Tokens;
        var reference = article.Reference;
        var mentions = new List<PersonMention>();
        var covered = new bool[tokens.Count];

        foreach (var match in reference.People.FindAll(tokens))
        {
            if (article.InTable(tokens[match.FirstToken].Start))
            {
                continue;
            }

            mentions.Add(new PersonMention(match.Value, true, match.FirstToken, match.TokenCount, tokens[match.FirstToken].Start, tokens[match.LastToken].End, match.TokenCount > 1));
            for (var t = match.FirstToken; t <= match.LastToken; t++)
            {
                covered[t] = true;
            }
        }

        var namedInFull = mentions.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        for (var t = 0; t < tokens.Count; t++)
        {
            if (covered[t] || article.InTable(tokens[t].Start))
            {
                continue;
            }

            if (ResolveSurname(article, t, namedInFull) is { } person)
            {
                mentions.Add(new PersonMention(person, true, t, 1, tokens[t].Start, tokens[t].End, false));
                covered[t] = true;
            }
        }

        if (!article.IsCaseless)
        {
            mentions.AddRange(FindUnknownPeople(article, roles, covered));
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    // A surname alone names the person the article has already named in full; failing that, the one person
    // of that surname the reference data knows, when written with a capital.
    private static string? ResolveSurname(ArticleText article, int t, HashSet<string> namedInFull)
    {
        var token = article.Tokens[t];
        var candidates = article.Reference.PeopleWithSurname(token.Folded);
        if (candidates.Count == 0 && token.Folded.Length > 3 && token.Folded.EndsWith('s'))
        {
            // Possessives written without an apostrophe: "Ruttes visits".
            candidates = article.Reference.PeopleWithSurname(token.Folded[..^1]);
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var named = candidates.Where(namedInFull.Contains).ToList();
        if (named.Count == 1)
        {
            return named[0];
        }

        return named.Count == 0 && candidates.Count == 1 && (token.IsCapitalised || article.IsCaseless) ? candidates[0] : null;
    }

    // A capitalised name right after an office ("Speaker of Parliament, Ranko Krivokapić") that the reference
    // data does not know is still a person: recorded as written and flagged for review.
    private static IEnumerable<PersonMention> FindUnknownPeople(ArticleText article, List<RoleMention> roles, bool[] covered)
    {
        var tokens = article.Tokens;
        foreach (var role in roles)
        {
            // In a title-case line every word has a capital, so capitals say nothing about names there.
            if (article.SentenceAt(role.Start) is not { } sentence || IsTitleCase(article, sentence))
            {
                continue;
            }

            // Skip what may stand between an office and its holder: "of the Republic of Kosovo", "Mr.", a rank.
            var t = role.LastToken + 1;
            while (t < tokens.Count && (tokens[t].Folded is "of" or "the" or "republic" || GapWords.Contains(tokens[t].Folded) || article.Countries.Any(c => t >= c.FirstToken && t <= c.LastToken)))
            {
                t++;
            }

            var first = t;
            while (t < tokens.Count && t - first < 3 && IsNameWord(article, t, covered) && (t == first || tokens[t].JoinedToPrevious))
            {
                t++;
            }

            if (t - first >= 2 && GapAllowsHolder(article, role.End, tokens[first].Start))
            {
                var name = article.Text[tokens[first].Start..tokens[t - 1].End];
                yield return new PersonMention(name, false, first, t - first, tokens[first].Start, tokens[t - 1].End, true);
                for (var k = first; k < t; k++)
                {
                    covered[k] = true;
                }
            }
        }
    }

    // A headline, even one run into the text, capitalises every word of some length and ends without a full
    // stop; a sentence crowded with names and offices still ends like a sentence.
    private static bool IsTitleCase(ArticleText article, Sentence sentence)
    {
        if (sentence.Block is Blocks.BlockKind.Title or Blocks.BlockKind.Heading)
        {
            return true;
        }

        if (article.Text.AsSpan(sentence.Start, sentence.End - sentence.Start).TrimEnd() is [.., '.' or '!' or '?' or '"' or '”'])
        {
            return false;
        }

        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var token = article.Tokens[t];
            if (!token.IsCapitalised && token.Length >= 4 && char.IsLetter(article.Text[token.Start]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNameWord(ArticleText article, int t, bool[] covered)
    {
        var token = article.Tokens[t];
        return !covered[t]
            && token.IsCapitalised
            && token.Length > 1
            && !char.IsDigit(article.Text[token.Start])
            && !NotNameWords.Contains(token.Folded)
            && DateFinder.MonthNumber(token.Folded) == 0
            && !Enum.TryParse<DayOfWeek>(token.Folded, ignoreCase: true, out _)
            && !article.Countries.Any(c => t >= c.FirstToken && t <= c.LastToken)
            && !article.Places.Any(p => t >= p.FirstToken && p.LastToken >= t)
            && article.Reference.Roles.MatchAt(article.Tokens, t) is null;
    }

    private static PersonMention? HolderAfter(ArticleText article, RoleMention role, List<PersonMention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (mention.Start < role.End)
            {
                continue;
            }

            return mention.Start - role.End <= MaxGapLength && GapAllowsHolder(article, role.End, mention.Start) ? mention : null;
        }

        return null;
    }

    private static PersonMention? HolderBefore(ArticleText article, RoleMention role, List<PersonMention> mentions)
    {
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            var mention = mentions[k];
            if (mention.End > role.Start)
            {
                continue;
            }

            var gap = article.Text[mention.End..role.Start];
            return gap.Length <= MaxGapLength && AppositiveGap().IsMatch(WithoutCountries(article, mention.End, role.Start, gap)) ? mention : null;
        }

        return null;
    }

    private static bool GapAllowsHolder(ArticleText article, int start, int end) =>
        end - start <= MaxGapLength && HolderGap().IsMatch(WithoutCountries(article, start, end, article.Text[start..end]));

    private static string WithoutCountries(ArticleText article, int start, int end, string gap)
    {
        foreach (var country in article.Countries.Where(c => c.Start >= start && c.End <= end).OrderByDescending(c => c.Start))
        {
            gap = gap.Remove(country.Start - start, country.End - country.Start).Insert(country.Start - start, "COUNTRY");
        }

        return gap;
    }

    private static readonly HashSet<string> GapWords = new(StringComparer.Ordinal)
    {
        "mr", "ms", "mrs", "dr", "general", "major", "lieutenant", "colonel", "admiral", "brigadier", "rear", "ambassador", "h", "e",
    };

    private static readonly HashSet<string> NotNameWords = new(StringComparer.Ordinal)
    {
        "nato", "the", "and", "of", "in", "at", "on", "for", "with", "to", "alliance", "allied", "kfor", "eu", "european", "union",
        "un", "united", "nations", "state", "government", "minister", "ministry", "office", "press", "headquarters", "hq",
        "western", "balkans", "republic", "assembly", "parliament", "council", "presidency", "during", "after", "before",
    };

    // Between an office and its holder: "of Montenegro", "of the Republic of Montenegro", a comma, "Mr.", a rank.
    [GeneratedRegex(@"^(?:[\s,]+|\b(?:of|the|republic|mr|ms|mrs|dr|his|her|excellency|general|major|lieutenant|colonel|admiral|brigadier|rear|ambassador|COUNTRY)\b\.?)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HolderGap();

    // Between a name and the office after it: "Vjosa Osmani, President of Kosovo", "Mickoski, the leader of".
    [GeneratedRegex(@"^\s*[,(]\s*(?:the\s+)?(?:COUNTRY(?:['’]s)?\s+)?(?:former\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AppositiveGap();
}
