using System.Globalization;
using System.Text;
using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Core.Search;

/// <summary>
/// What a reader typed into a search box, reduced to folded words every one of which must match. No operators
/// are passed through, so no input can be a syntax error; a trailing <c>*</c> on a word asks for its prefix.
/// </summary>
public sealed class SearchQuery
{
    /// <summary>Longer input is cut here; nobody searches with a paragraph, and it bounds the work per request.</summary>
    public const int MaxLength = 200;

    public const int MaxTerms = 12;

    private SearchQuery(string text, IReadOnlyList<string> terms, bool shortened)
    {
        Text = text;
        Terms = terms;
        WasShortened = shortened;
    }

    /// <summary>The input as kept (trimmed, cut at <see cref="MaxLength"/>).</summary>
    public string Text { get; }

    /// <summary>Folded words (<c>Вучић</c> → <c>vucic</c>), a prefix word ending in <c>*</c>.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>True when the input was longer than <see cref="MaxLength"/> or had more words than are used.</summary>
    public bool WasShortened { get; }

    public bool IsEmpty => Terms.Count == 0;

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
