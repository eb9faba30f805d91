using System.Globalization;
using System.Text;
using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Core.Search;

/// <summary>
/// What a reader typed into a search box, reduced to folded words every one of which must match. No operators
/// are passed through, so no input can be a syntax error; a trailing <c>*</c> on a word asks for its prefix.
/// What a query may cost is capped: words past <see cref="MaxTerms"/> are cut, and a query with more prefixes than
/// <see cref="MaxPrefixTerms"/>, or a prefix shorter than <see cref="MinPrefixLength"/>, is not run at all
/// (<see cref="Refusal"/>): a short prefix stands for thousands of words, and a few of them cost seconds.
/// </summary>
public sealed class SearchQuery
{
    /// <summary>Longer input is cut here; nobody searches with a paragraph, and it bounds the work per request.</summary>
    public const int MaxLength = 200;

    public const int MaxTerms = 12;

    public const int MaxPrefixTerms = 3;

    /// <summary>Letters a prefix needs before its <c>*</c>.</summary>
    public const int MinPrefixLength = 3;

    private SearchQuery(string text, IReadOnlyList<string> terms, bool shortened)
    {
        Text = text;
        Terms = terms;
        WasShortened = shortened;
        var prefixes = terms.Where(t => t.EndsWith('*')).ToList();
        if (prefixes.Count > MaxPrefixTerms || prefixes.Any(p => p.Length - 1 < MinPrefixLength))
        {
            Refusal = $"“{text}” was not searched: it may end at most {MaxPrefixTerms} words with *, each after at least {MinPrefixLength} letters (defen* finds defence and defense).";
        }
    }

    /// <summary>The input as kept (trimmed, cut at <see cref="MaxLength"/>).</summary>
    public string Text { get; }

    /// <summary>Folded words (<c>Вучић</c> → <c>vucic</c>), a prefix word ending in <c>*</c>.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>True when the input was longer than <see cref="MaxLength"/> or had more words than are used.</summary>
    public bool WasShortened { get; }

    public bool IsEmpty => Terms.Count == 0;

    /// <summary>Why the query is not run, for the reader, when it is past the cap on its cost; null when it may run.</summary>
    public string? Refusal { get; }

    public static SearchQuery Parse(string? input)
    {
        var text = (input ?? "").Trim();
        var shortened = text.Length > MaxLength;
        if (shortened)
        {
            text = text[..MaxLength];
        }

        var terms = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                word.Append(c);
                continue;
            }

            if (word.Length > 0)
            {
                var folded = NameFolding.Fold(word.ToString());
                terms.Add(c == '*' ? folded + "*" : folded);
                word.Clear();
            }
        }

        var distinct = terms.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count > MaxTerms)
        {
            shortened = true;
            distinct.RemoveRange(MaxTerms, distinct.Count - MaxTerms);
        }

        return new SearchQuery(text, distinct, shortened);
    }
}
