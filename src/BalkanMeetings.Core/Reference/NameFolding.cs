using System.Globalization;
using System.Text;

namespace BalkanMeetings.Core.Reference;

/// <summary>
/// Folds names and phrases for matching: lower case, no diacritics, so <c>Vucic</c>, <c>Vučić</c> and <c>VUČIĆ</c>
/// meet. Letters without a decomposition (đ, ł, ø, ß) are spelled out by hand, and Serbian and Macedonian Cyrillic
/// is transliterated, so <c>Вучић</c> meets them too.
/// </summary>
public static class NameFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Most names and words are plain ASCII, which decomposes to itself: only the case is folded.
        if (Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            AppendFolded(builder, c);
        }

        return builder.ToString();
    }

    /// <summary>As <see cref="Fold(string)"/>, for a word read from a text: a plain ASCII word costs one string, not two.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        if (!Ascii.IsValid(text) || text.Length > 128)
        {
            return Fold(text.ToString());
        }

        Span<char> lower = stackalloc char[text.Length];
        Ascii.ToLower(text, lower, out _);
        return new string(lower);
    }

    /// <summary>Folds one character into the builder; used where text is folded token by token.</summary>
    public static void AppendFolded(StringBuilder builder, char c)
    {
        ArgumentNullException.ThrowIfNull(builder);
        switch (c)
        {
            case 'Đ' or 'đ':
                builder.Append('d');
                break;
            case 'Ł' or 'ł':
                builder.Append('l');
                break;
            case 'Ø' or 'ø':
                builder.Append('o');
                break;
            case 'ß':
                builder.Append("ss");
                break;
            case 'Æ' or 'æ':
                builder.Append("ae");
                break;
            case >= '\u0400' and <= '\u045F':
                builder.Append(Cyrillic(char.ToLowerInvariant(c)));
                break;
            default:
                builder.Append(char.ToLowerInvariant(c));
                break;
        }
    }

    // Serbian and Macedonian Cyrillic as their Latin alphabets spell it, already folded (ћ = ć = c, ѓ = gj).
    // Combining marks on Cyrillic letters (й, ё) are removed by the caller's decomposition first.
    private static string Cyrillic(char c) => c switch
    {
        'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'д' => "d", 'ђ' => "d", 'ѓ' => "gj", 'е' => "e", 'є' => "e",
        'ж' => "z", 'з' => "z", 'ѕ' => "dz", 'и' => "i", 'і' => "i", 'ј' => "j", 'к' => "k", 'л' => "l", 'љ' => "lj",
        'м' => "m", 'н' => "n", 'њ' => "nj", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t", 'ћ' => "c",
        'ќ' => "kj", 'у' => "u", 'ф' => "f", 'х' => "h", 'ц' => "c", 'ч' => "c", 'џ' => "dz", 'ш' => "s",
        'щ' => "sc", 'ъ' => "", 'ы' => "y", 'ь' => "", 'э' => "e", 'ю' => "ju", 'я' => "ja",
        _ => c.ToString(),
    };
}
