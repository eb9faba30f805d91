using System.Collections.Frozen;

namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>
/// The first words of the phrases of a set of <see cref="PhraseMatcher{T}"/>s, numbered. An article's words are
/// looked up here once (<see cref="Of"/>); each matcher then finds the phrases a word may start by its number, where
/// a look-up of its own for every word would cost one per matcher.
/// </summary>
public sealed class PhraseWords
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    // Made once the phrases are added, and again after an Add; two threads making it at once make the same.
    private FrozenDictionary<string, int>? _frozen;

    /// <summary>The word's number, given to it now if it has none.</summary>
    internal int Add(string word)
    {
        if (!_numbers.TryGetValue(word, out var number))
        {
            number = _numbers.Count;
            _numbers[word] = number;
            _frozen = null;
        }

        return number;
    }

    /// <summary>The folded word's number, or -1 when no phrase starts with it.</summary>
    public int NumberOf(string folded) =>
        (_frozen ??= _numbers.ToFrozenDictionary(StringComparer.Ordinal)).TryGetValue(folded, out var number) ? number : -1;

    /// <summary>The number of each token's word (-1 for none), for the matchers' FindAll and MatchAt.</summary>
    public int[] Of(TokenList tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var numbers = new int[tokens.Count];
        for (var k = 0; k < numbers.Length; k++)
        {
            numbers[k] = NumberOf(tokens[k].Folded);
        }

        return numbers;
    }
}
