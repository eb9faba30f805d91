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

            // A quote may hold several sentences: the attribution is in the one it opens in or the one it closes in.
            var end = match.Index + match.Length;
            var from = article.SentenceAt(match.Index)?.Start ?? match.Index;
            var to = Math.Max(article.SentenceAt(end - 1)?.End ?? end, end);
            var speaker = SpeakerBetween(article, people, roles, end, to)
                ?? SpeakerBetween(article, people, roles, from, match.Index);
            if (speaker is null && Pronoun().IsMatch(article.Text[(match.Index + match.Length)..to]))
            {
                speaker = previous;
            }

            previous = speaker ?? (null, null);
            quotes.Add(new ExtractedQuote(speaker?.Speaker, speaker?.Name, body.Value.Trim(), new TextSpan(body.Index, body.Index + body.Length)));
        }

        return quotes;
    }

    // The first person or office named in the range: right after a quote ("…," the Secretary General said) or
    // the subject of the sentence that leads into it (Stoltenberg met …, commending … "…").
    private static (string? Speaker, string? Name)? SpeakerBetween(ArticleText article, IReadOnlyList<PersonInArticle> people, IReadOnlyList<RoleMention> roles, int start, int end)
    {
        var candidates = people
            .SelectMany(p => p.Mentions.Select(m => (m.Start, m.End, Name: (string?)p.Name)))
            .Concat(roles.Select(r => (r.Start, r.End, Name: HolderOf(people, r))))
            .Where(c => c.Start >= start && c.End <= end)
            .OrderBy(c => c.Start)
            .ToList();
        return candidates.Count == 0 ? null : (article.Slice(candidates[0].Start, candidates[0].End), candidates[0].Name);
    }

    // An office named alone ("the NATO Secretary General said") is the person the article gives that office.
    private static string? HolderOf(IReadOnlyList<PersonInArticle> people, RoleMention role) =>
        people.FirstOrDefault(p => p.Role is { } held && held.Title == role.Title && held.Organization == role.Organization)?.Name;

    [GeneratedRegex(@"[“""](?<body>[^“”""\n]{1,2000})[”""]", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^\W*(?:,\s*)?(?:he|she|they)\s+(?:said|added|stressed|noted|told|emphasi[sz]ed)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();
}
