using System.Text.RegularExpressions;

namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>
/// Quotations and who said them: the nearest person or office in the same sentence, or the previous speaker
/// for "he added". See docs/import.md#quotes.
/// </summary>
public static partial class QuoteReader
{
    private const int MinimumLength = 15;

    public static List<ExtractedQuote> Read(ArticleText article, IReadOnlyList<PersonInArticle> people, IReadOnlyList<RoleMention> roles)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(roles);
        var quotes = new List<ExtractedQuote>();
        (string? Speaker, string? Name) previous = (null, null);
        foreach (Match match in Quoted().Matches(article.Text))
        {
            var body = match.Groups["body"];
            if (body.Length < MinimumLength || article.InTable(match.Index))
            {
                continue;
            }

            var sentence = article.SentenceAt(match.Index);
            var from = sentence?.Start ?? match.Index;
            var to = Math.Max(sentence?.End ?? match.Index + match.Length, match.Index + match.Length);
            var speaker = SpeakerBetween(article, people, roles, match.Index + match.Length, to, nearestFirst: true)
                ?? SpeakerBetween(article, people, roles, from, match.Index, nearestFirst: false);
            if (speaker is null && Pronoun().IsMatch(article.Text[(match.Index + match.Length)..to]))
            {
                speaker = previous;
            }

            previous = speaker ?? (null, null);
            quotes.Add(new ExtractedQuote(speaker?.Speaker, speaker?.Name, body.Value.Trim(), new TextSpan(body.Index, body.Index + body.Length)));
        }

        return quotes;
    }

    private static (string? Speaker, string? Name)? SpeakerBetween(ArticleText article, IReadOnlyList<PersonInArticle> people, IReadOnlyList<RoleMention> roles, int start, int end, bool nearestFirst)
    {
        var candidates = people
            .SelectMany(p => p.Mentions.Select(m => (m.Start, End: m.End, Speaker: (string?)article.Slice(m.Start, m.End), Name: (string?)p.Name)))
            .Concat(roles.Select(r => (r.Start, r.End, Speaker: (string?)article.Slice(r.Start, r.End), Name: (string?)null)))
            .Where(c => c.Start >= start && c.End <= end)
            .OrderBy(c => nearestFirst ? c.Start : -c.Start)
            .ToList();
        return candidates.Count == 0 ? null : (candidates[0].Speaker, candidates[0].Name);
    }

    [GeneratedRegex(@"[“""](?<body>[^“”""\n]{1,2000})[”""]", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^\W*(?:,\s*)?(?:he|she|they)\s+(?:said|added|stressed|noted|told|emphasi[sz]ed)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();
}
