namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// Party titles, which keep the party's name: <c>leader of the opposition VMRO-DPMNE</c>, <c>VMRO-DPMNE leader</c>,
/// <c>leader of the Srpska Lista</c> (parties per country in countries.json). See docs/import.md#offices.
/// </summary>
internal static class PartyTitles
{
    public static IEnumerable<OfficeMention> Find(ArticleContext context)
    {
        var tokens = context.Tokens;
        foreach (var party in context.Reference.Parties.FindAll(tokens, context.PhraseWordNumbers))
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

            if (leader < 0 && context.WordAt(party.LastToken + 1) == "leader")
            {
                leader = party.LastToken + 1;
            }

            if (leader >= 0)
            {
                yield return OfficeRule.Office(context, "Leader of " + name, false, country.Name, Math.Min(leader, party.FirstToken), Math.Max(leader, party.LastToken), false);
            }
        }
    }
}
