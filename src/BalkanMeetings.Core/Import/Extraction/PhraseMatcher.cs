using System.Collections.Frozen;

namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>A phrase found in the tokens: which tokens, and what the phrase stands for.</summary>
public readonly record struct PhraseMatch<T>(int FirstToken, int TokenCount, T Value)
{
    public int LastToken => FirstToken + TokenCount - 1;
}

/// <summary>
/// Finds known phrases (names, roles, places, topics) in tokenised text, longest first, ignoring case and
/// diacritics. A phrase never runs across punctuation other than a hyphen or an apostrophe.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirstWord = new(StringComparer.Ordinal);

    // What the matcher reads once its phrases are added: every word of every article is looked up, and a frozen
    // dictionary answers a miss faster. Made again after an Add; two threads making it at once make the same.
    private FrozenDictionary<string, (string[] Words, T Value)[]>? _frozen;

    public void Add(string phrase, T value)
    {
        var words = Tokenizer.Tokenize(phrase).Select(t => t.Folded).ToArray();
        if (words.Length == 0)
        {
            return;
        }

        if (!_byFirstWord.TryGetValue(words[0], out var entries))
        {
            entries = [];
            _byFirstWord[words[0]] = entries;
        }

        if (entries.Any(e => e.Words.SequenceEqual(words)))
        {
            return;
        }

        entries.Add((words, value));
        entries.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        _frozen = null;
    }

    /// <summary>The longest phrase starting at token <paramref name="index"/>, if any.</summary>
    public PhraseMatch<T>? MatchAt(IReadOnlyList<Token> tokens, int index)
    {
        _frozen ??= _byFirstWord.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        if (!_frozen.TryGetValue(tokens[index].Folded, out var entries))
        {
            return null;
        }

        foreach (var (words, value) in entries)
        {
            if (Matches(tokens, index, words))
            {
                return new PhraseMatch<T>(index, words.Length, value);
            }
        }

        return null;
    }

    /// <summary>Every non-overlapping match, scanning left to right and preferring the longest.</summary>
    public List<PhraseMatch<T>> FindAll(IReadOnlyList<Token> tokens)
    {
        var matches = new List<PhraseMatch<T>>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (MatchAt(tokens, i) is { } match)
            {
                matches.Add(match);
                i += match.TokenCount;
            }
            else
            {
                i++;
            }
        }

        return matches;
    }

    private static bool Matches(IReadOnlyList<Token> tokens, int index, string[] words)
    {
        if (index + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            var token = tokens[index + k];
            if (!string.Equals(token.Folded, words[k], StringComparison.Ordinal) || (k > 0 && !token.JoinedToPrevious))
            {
                return false;
            }
        }

        return true;
    }
}
