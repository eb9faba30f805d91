using System.Globalization;
using System.Text;

namespace BalkanMeetings.Core.Reference;

/// <summary>
/// Folds names and phrases for matching: lower case, no diacritics, so <c>Vucic</c>, <c>Vučić</c> and <c>VUČIĆ</c>
/// meet. Letters without a decomposition (đ, ł, ø, ß) are spelled out by hand.
/// </summary>
public static class NameFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
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
            default:
                builder.Append(char.ToLowerInvariant(c));
                break;
        }
    }
}
