using System.Collections.Frozen;
using System.Text.RegularExpressions;
using BalkanMeetings.Core.Import.Blocks;

namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>Splits the prose blocks of an article into sentences (tables are not prose).</summary>
public static partial class SentenceSplitter
{
    public static List<Sentence> Split(ArticleDocument document, TokenList tokens)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(tokens);
        var sentences = new List<Sentence>();
        var tokenIndex = 0;
        for (var b = 0; b < document.Blocks.Count; b++)
        {
            var block = document.Blocks[b];
            var start = block.Start;
            foreach (var (end, next) in Boundaries(document.Text, block.Start, block.End))
            {
                Add(sentences, tokens, ref tokenIndex, block, b, start, end);
                start = next;
            }

            Add(sentences, tokens, ref tokenIndex, block, b, start, block.End);
        }

        return sentences;
    }

    /// <summary>
    /// Where sentences end within <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>, in
    /// order: the end of each sentence (after its closing mark) and where the next one starts. A full stop after an
    /// abbreviation ("Gen.", "Mr.") or an initial ends no sentence.
    /// </summary>
    public static IEnumerable<(int End, int Next)> Boundaries(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentenceStart = start;
        foreach (Match boundary in Boundary().Matches(text[start..end]))
        {
            var sentenceEnd = start + boundary.Index + boundary.Groups[1].Length;
            if (!EndsWithAbbreviation(text, sentenceStart, sentenceEnd))
            {
                sentenceStart = start + boundary.Index + boundary.Length;
                yield return (sentenceEnd, sentenceStart);
            }
        }
    }

    private static void Add(List<Sentence> sentences, TokenList tokens, ref int tokenIndex, TextBlock block, int blockIndex, int start, int end)
    {
        if (end <= start)
        {
            return;
        }

        while (tokenIndex < tokens.Count && tokens[tokenIndex].Start < start)
        {
            tokenIndex++;
        }

        var first = tokenIndex;
        while (tokenIndex < tokens.Count && tokens[tokenIndex].Start < end)
        {
            tokenIndex++;
        }

        sentences.Add(new Sentence(start, end, block.Kind, blockIndex, first, tokenIndex - first));
    }

    private static bool EndsWithAbbreviation(string text, int start, int end)
    {
        var wordEnd = end;
        while (wordEnd > start && !char.IsLetterOrDigit(text[wordEnd - 1]))
        {
            wordEnd--;
        }

        var wordStart = wordEnd;
        while (wordStart > start && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..wordEnd];
        return word.Length == 1 || Abbreviations.Contains(word);
    }

    private static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        [
            "Mr", "Ms", "Mrs", "Dr", "Gen", "Lt", "Col", "Maj", "Sgt", "Adm", "St", "Jr", "No", "vs", "etc", "Prof", "Amb",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        ]);

    // End of sentence: . ! or ? (possibly closing a quote) followed by space and something that can open one;
    // lower case too, since some articles are written without capitals.
    [GeneratedRegex(@"([.!?][""”’)]?)\s+(?=[\p{L}""“‘(\d])")]
    private static partial Regex Boundary();
}
