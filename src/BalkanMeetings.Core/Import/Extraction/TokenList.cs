using System.Collections;

namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>
/// The words of a text, in order. The rules read it word by word many times over, so it is a sealed class whose
/// indexer the compiler can inline, where an <see cref="IReadOnlyList{T}"/> would cost an interface call per word.
/// </summary>
public sealed class TokenList : IReadOnlyList<Token>
{
    private readonly List<Token> _tokens;

    internal TokenList(List<Token> tokens) => _tokens = tokens;

    public int Count => _tokens.Count;

    public Token this[int index] => _tokens[index];

    public List<Token>.Enumerator GetEnumerator() => _tokens.GetEnumerator();

    IEnumerator<Token> IEnumerable<Token>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
