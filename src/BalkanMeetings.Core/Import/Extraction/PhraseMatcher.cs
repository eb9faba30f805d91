namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>A phrase found in the tokens: which tokens, and what the phrase stands for.</summary>
public readonly record struct PhraseMatch<T>(int FirstToken, int TokenCount, T Value)
{
    public int LastToken => FirstToken + TokenCount - 1;
}

/// <summary>
/// Finds known phrases (names, roles, places, topics) in tokenised text, longest first, ignoring case and
/// diacritics. A phrase never runs across punctuation other than a hyphen or an apostrophe. The phrases are kept by
/// the number their first word has in <see cref="PhraseWords"/>, which the matchers of one reference index share.
/// </summary>
public sealed class PhraseMatcher<T>(PhraseWords words)
{
    private readonly List<List<(string[] Words, T Value)>?> _byFirstWord = [];

    public void Add(string phrase, T value)
    {
        var phraseWords = Tokenizer.Tokenize(phrase).Select(t => t.Folded).ToArray();
        if (phraseWords.Length == 0)
        {
            return;
        }

        var first = words.Add(phraseWords[0]);
        while (_byFirstWord.Count <= first)
        {
            _byFirstWord.Add(null);
        }

        var entries = _byFirstWord[first] ??= [];
        if (entries.Any(e => e.Words.SequenceEqual(phraseWords)))
        {
            return;
        }

        entries.Add((phraseWords, value));
        entries.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>The longest phrase starting at token <paramref name="index"/>, if any.</summary>
    public PhraseMatch<T>? MatchAt(TokenList tokens, int index)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return MatchAt(tokens, index, words.NumberOf(tokens[index].Folded));
    }

    /// <summary>
    /// The longest phrase starting at token <paramref name="index"/>, if any; wordNumbers are the tokens' word numbers
    /// (<see cref="PhraseWords.Of"/>).
    /// </summary>
    public PhraseMatch<T>? MatchAt(TokenList tokens, int[] wordNumbers, int index)
    {
        ArgumentNullException.ThrowIfNull(wordNumbers);
        return MatchAt(tokens, index, wordNumbers[index]);
    }

    /// <summary>Every non-overlapping match, scanning left to right and preferring the longest; wordNumbers as for MatchAt.</summary>
    public List<PhraseMatch<T>> FindAll(TokenList tokens, int[] wordNumbers)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(wordNumbers);
        var matches = new List<PhraseMatch<T>>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (MatchAt(tokens, i, wordNumbers[i]) is { } match)
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

    private PhraseMatch<T>? MatchAt(TokenList tokens, int index, int firstWord)
    {
        if (firstWord < 0 || firstWord >= _byFirstWord.Count || _byFirstWord[firstWord] is not { } entries)
        {
            return null;
        }

        foreach (var (phraseWords, value) in entries)
        {
            if (Matches(tokens, index, phraseWords))
            {
                return new PhraseMatch<T>(index, phraseWords.Length, value);
            }
        }

        return null;
    }

    private static bool Matches(TokenList tokens, int index, string[] words)
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
