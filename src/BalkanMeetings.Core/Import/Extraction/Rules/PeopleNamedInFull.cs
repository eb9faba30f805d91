using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// The people an article names in full, by each folded word that may stand alone for one of them: the last word of
/// the name, and for a known person the surname of each of its spellings. Asked for every word of the article, so a
/// look-up hashes the word at most once, whatever the number of people, and allocates nothing.
/// </summary>
internal sealed class PeopleNamedInFull
{
    private readonly Dictionary<string, (string First, int Count)> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string First, int Count)>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private ulong _lengths;

    // The names come in the order the first of several people a surname can stand for is chosen.
    public PeopleNamedInFull(IEnumerable<string> names, ReferenceIndex reference)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(reference);
        _bySpan = _bySurname.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var name in names)
        {
            var words = Tokenizer.Tokenize(name);
            var ownSurname = words.Count > 0 ? words[^1].Folded : null;
            if (ownSurname is not null)
            {
                Add(ownSurname, name);
            }

            foreach (var surname in reference.SurnamesOf(name))
            {
                if (surname != ownSurname)
                {
                    Add(surname, name);
                }
            }
        }
    }

    /// <summary>The first of the people the folded surname can stand for, and how many it can.</summary>
    public (string? First, int Count) WithSurname(ReadOnlySpan<char> surname) =>
        HasLength(surname.Length) && _bySpan.TryGetValue(surname, out var people) ? people : (null, 0);

    private void Add(string surname, string name)
    {
        _bySurname[surname] = _bySurname.TryGetValue(surname, out var people) ? (people.First, people.Count + 1) : (name, 1);
        _lengths |= LengthBit(surname.Length);
    }

    // Most words of an article are as long as none of the few surnames: those are told apart without hashing them.
    private bool HasLength(int length) => (_lengths & LengthBit(length)) != 0;

    // Lengths from 63 on share the last bit.
    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);
}
