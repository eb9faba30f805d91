using System.Buffers;

namespace BalkanMeetings.Core.Import.Extraction.Temporal;

/// <summary>Where a date pattern's matches can begin.</summary>
[Flags]
internal enum DateStart
{
    /// <summary>At the start of a word beginning like one of the pattern's first words.</summary>
    Word = 1,

    /// <summary>At the first digit of a number.</summary>
    Number = 2,

    /// <summary>Just after an opening bracket.</summary>
    AfterBracket = 4,
}

/// <summary>
/// The positions of a text where some date pattern may match, found in one pass, so each pattern is tried at a few
/// dozen positions instead of scanning the whole text for its first letters, which most words hold. A position is
/// left out only where its pattern cannot match: every pattern but the bracketed weekday begins at a word boundary,
/// which a letter or digit just before rules out, and with a word or a number.
/// </summary>
internal static class DateStarts
{
    private const int Letters = 27;

    // Per key of one to three lower-case ASCII letters (a–z as 1–26, then 0 for "no more letters"): the patterns
    // (bit p for DatePatterns.All[p]) with a first word whose first three letters, or fewer if it is shorter, are the key.
    private static readonly uint[] PatternsByPrefix = BuildPrefixes();

    private static readonly uint WordPatterns = PatternsWhere(DateStart.Word);

    private static readonly uint NumberPatterns = PatternsWhere(DateStart.Number);

    private static readonly uint BracketPatterns = PatternsWhere(DateStart.AfterBracket);

    private static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>Each position where a pattern may begin, in text order, with the patterns that may (bit p for pattern p).</summary>
    public static List<(int Position, uint Patterns)> Find(string text)
    {
        var starts = new List<(int, uint)>();
        for (var i = 0; i < text.Length; i++)
        {
            var patterns = 0u;
            var previous = i > 0 ? text[i - 1] : ' ';
            if (previous == '(')
            {
                patterns |= BracketPatterns;
            }

            if (!char.IsLetterOrDigit(previous))
            {
                patterns |= char.IsAsciiDigit(text[i]) ? NumberPatterns : char.IsLetter(text[i]) ? PatternsForWordAt(text, i) : 0;
            }

            if (patterns != 0)
            {
                starts.Add((i, patterns));
            }

            // Nothing begins just after a letter or digit: the rest of a word, and the character that ends it, are
            // passed over at once.
            if (char.IsAsciiLetterOrDigit(text[i]))
            {
                var wordLength = text.AsSpan(i + 1).IndexOfAnyExcept(AsciiLettersAndDigits);
                i = wordLength < 0 ? text.Length : i + wordLength + 1;
            }
        }

        return starts;
    }

    private static uint PatternsForWordAt(string text, int start)
    {
        uint patterns = 0;
        var key = 0;
        for (int k = 0, scale = Letters * Letters; k < 3 && start + k < text.Length; k++, scale /= Letters)
        {
            var c = text[start + k];
            if (!char.IsAsciiLetter(c))
            {
                // Ignoring case, a few letters beyond ASCII match ASCII ones (the Kelvin sign, the long s): any such
                // word may begin every pattern.
                return char.IsLetter(c) ? WordPatterns : patterns;
            }

            key += (char.ToLowerInvariant(c) - 'a' + 1) * scale;
            patterns |= PatternsByPrefix[key];
        }

        return patterns;
    }

    private static uint[] BuildPrefixes()
    {
        var table = new uint[Letters * Letters * Letters];
        for (var p = 0; p < DatePatterns.All.Length; p++)
        {
            foreach (var word in DatePatterns.All[p].FirstWords ?? [])
            {
                var key = 0;
                for (int k = 0, scale = Letters * Letters; k < Math.Min(3, word.Length); k++, scale /= Letters)
                {
                    key += (word[k] - 'a' + 1) * scale;
                }

                table[key] |= 1u << p;
            }
        }

        return table;
    }

    private static uint PatternsWhere(DateStart start)
    {
        var patterns = 0u;
        for (var p = 0; p < DatePatterns.All.Length; p++)
        {
            if ((DatePatterns.All[p].Start & start) != 0)
            {
                patterns |= 1u << p;
            }
        }

        return patterns;
    }
}
