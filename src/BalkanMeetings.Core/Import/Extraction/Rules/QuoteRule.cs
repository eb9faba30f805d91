using System.Text.RegularExpressions;

namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// Quotations and who said them: the first person or office named after the quote in the sentence it closes, else
/// the first one named in the sentence that leads into it; <c>he added</c> continues the previous speaker. See
/// docs/import.md#quotes.
/// </summary>
public sealed partial class QuoteRule : IExtractionRule
{
    private const int MinimumLength = 15;

    public void Apply(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Every person and office named, in text order (people first at one offset), searched by position per quote.
        var named = context.PersonMentions.Select(m => new Named(m.Start, m.End, m.Name, null))
            .Concat(context.Offices.Select(o => new Named(o.Start, o.End, null, o)))
            .OrderBy(c => c.Start)
            .ToList();
        (string? Speaker, string? Name) previous = (null, null);
        foreach (Match match in Quoted().Matches(context.Text))
        {
            var body = match.Groups["body"];
            if (body.Length < MinimumLength || context.InTable(match.Index))
            {
                continue;
            }

            // A quote may hold several sentences: the attribution is in the one it opens in or the one it closes in.
            var end = match.Index + match.Length;
            var from = context.SentenceAt(match.Index)?.Start ?? match.Index;
            var to = Math.Max(context.SentenceAt(end - 1)?.End ?? end, end);
            var speaker = SpeakerBetween(context, named, end, to) ?? SpeakerBetween(context, named, from, match.Index);
            if (speaker is null && Pronoun().IsMatch(context.Text[end..to]))
            {
                speaker = previous;
            }

            previous = speaker ?? (null, null);
            context.Quotes.Add(new ExtractedQuote(speaker?.Speaker, speaker?.Name, body.Value.Trim(), new TextSpan(body.Index, body.Index + body.Length)));
        }
    }

    private sealed record Named(int Start, int End, string? Person, OfficeMention? Office);

    private static (string? Speaker, string? Name)? SpeakerBetween(ArticleContext context, List<Named> named, int start, int end)
    {
        var low = TextOrder.FirstAtOrAfter(named, start, n => n.Start);

        for (var k = low; k < named.Count && named[k].Start < end; k++)
        {
            if (named[k].End <= end)
            {
                var first = named[k];
                return (context.Slice(first.Start, first.End), first.Office is { } office ? HolderOf(context, office) : first.Person);
            }
        }

        return null;
    }

    // An office named alone ("the NATO Secretary General said") is the person the article gives that office.
    private static string? HolderOf(ArticleContext context, OfficeMention office) =>
        context.People.FirstOrDefault(p => p.Offices.Any(o => o.Span == office.Span))?.Name
        ?? context.People.FirstOrDefault(p => p.Office is { } held && held.Title == office.Title && held.Organization == office.Organization)?.Name;

    [GeneratedRegex(@"[“""](?<body>[^“”""\n]{1,2000})[”""]", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^\W*(?:,\s*)?(?:he|she|they)\s+(?:said|added|stressed|noted|told|emphasi[sz]ed)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();
}
