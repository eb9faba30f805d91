using System.Text.RegularExpressions;
using BalkanMeetings.Core.Import.Blocks;

namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>Splits the prose blocks of an article into sentences (tables are not prose).</summary>
public static partial class SentenceSplitter
{
    public static List<Sentence> Split(ArticleDocument document, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(tokens);
        var sentences = new List<Sentence>();
        var tokenIndex = 0;
        for (var b = 0; b < document.Blocks.Count; b++)
        {
            var block = document.Blocks[b];
            var start = block.Start;
            foreach (Match boundary in Boundary().Matches(document.Text[block.Start..block.End]))
            {
                var end = block.Start + boundary.Index + boundary.Groups[1].Length;
                if (!EndsWithAbbreviation(document.Text, start, end))
                {
                    Add(sentences, tokens, ref tokenIndex, block, b, start, end);
                    start = block.Start + boundary.Index + boundary.Length;
                }
            }

            Add(sentences, tokens, ref tokenIndex, block, b, start, block.End);
        }

        return sentences;
    }

    private static void Add(List<Sentence> sentences, IReadOnlyList<Token> tokens, ref int tokenIndex, TextBlock block, int blockIndex, int start, int end)
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

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Ms", "Mrs", "Dr", "Gen", "Lt", "Col", "Maj", "Sgt", "Adm", "St", "Jr", "No", "vs", "etc", "Prof", "Amb",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    // End of sentence: . ! or ? (possibly closing a quote) followed by space and something that can open one;
    // lower case too, since some articles are written without capitals.
    [GeneratedRegex(@"([.!?][""”’)]?)\s+(?=[\p{L}""“‘(\d])")]
    private static partial Regex Boundary();
}
