using System.Globalization;
using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>
/// Splits text into folded words. Hyphens and apostrophes split words too (<c>Gërvalla-Schwarz</c>,
/// <c>Montenegro’s</c>) but keep the next word joined, so a phrase may run across them and not across a comma.
/// </summary>
public static class Tokenizer
{
    public static TokenList Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5);
        var soft = true;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                soft &= text[i] is ' ' or '-' or '\'' or '’' or '‘' or '\u00A0';
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            var folded = NameFolding.Fold(text.AsSpan(start, i - start));
            tokens.Add(new Token(start, i, folded, char.IsUpper(text[start]), tokens.Count > 0 && soft));
            soft = true;
        }

        return new TokenList(tokens);
    }

    /// <summary>Folds a phrase the way phrases are compared: folded words joined by single spaces.</summary>
    public static string Key(string phrase) => string.Join(' ', Tokenize(phrase).Select(t => t.Folded));

    // Asked for every character of the article: an ASCII one, which has no combining marks, is told by a range check,
    // and only the rest look up their Unicode category.
    private static bool IsWordChar(char c) =>
        char.IsAscii(c)
            ? char.IsAsciiLetterOrDigit(c)
            : char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
