using System.Text;
using System.Text.RegularExpressions;

namespace BalkanMeetings.Core.Import.Text;

/// <summary>
/// Replaces Cyrillic letters that stand inside a Latin word and look like Latin ones (<c>sаli berishа</c> with a
/// Cyrillic <c>а</c>) by the Latin letters, so the name matches as the reader sees it. A word written wholly in
/// Cyrillic (<c>Вучић</c>) is left as it is. See docs/import.md#scripts.
/// </summary>
public static partial class ScriptRepair
{
    private const string CyrillicLookalikes = "аеорсухіјѕԁАВЕКМНОРСТХУІЈЅ";
    private const string LatinLetters = "aeopcyxijsdABEKMHOPCTXYIJS";

    public static string Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Every match holds a Cyrillic letter, which most articles have none of; without one the pattern, whose
        // leading \p{L}* may begin at any letter, is not run at all.
        if (!text.AsSpan().ContainsAnyInRange('\u0400', '\u052F'))
        {
            return text;
        }

        return MixedWordRegex().Replace(text, static match =>
        {
            var word = match.Value;
            if (!word.Any(IsLatin))
            {
                return word;
            }

            var repaired = new StringBuilder(word.Length);
            foreach (var c in word)
            {
                var lookalike = CyrillicLookalikes.IndexOf(c, StringComparison.Ordinal);
                if (IsCyrillic(c) && lookalike < 0)
                {
                    // A Cyrillic letter with no Latin twin: the word is Cyrillic with a stray Latin letter, or a
                    // deliberate mix; neither is ours to change.
                    return word;
                }

                repaired.Append(lookalike >= 0 ? LatinLetters[lookalike] : c);
            }

            return repaired.ToString();
        });
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u052F';

    private static bool IsLatin(char c) => char.IsLetter(c) && c < '\u0250';

    // A word holding at least one Cyrillic letter; whether it also holds Latin ones is checked per match.
    [GeneratedRegex(@"\p{L}*[\u0400-\u052F]\p{L}*", RegexOptions.CultureInvariant)]
    private static partial Regex MixedWordRegex();
}
