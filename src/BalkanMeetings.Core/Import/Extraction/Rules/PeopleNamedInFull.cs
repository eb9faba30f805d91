using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// The people an article names in full, by each folded word that may stand alone for one of them: the last word of
/// the name, and for a known person the surname of each of its spellings. Asked for every word of the article, so a
/// look-up hashes the word once, whatever the number of people, and allocates nothing.
/// </summary>
internal sealed class PeopleNamedInFull
{
    private readonly Dictionary<string, (string First, int Count)> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string First, int Count)>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

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
        _bySpan.TryGetValue(surname, out var people) ? people : (null, 0);

    private void Add(string surname, string name) =>
        _bySurname[surname] = _bySurname.TryGetValue(surname, out var people) ? (people.First, people.Count + 1) : (name, 1);
}
