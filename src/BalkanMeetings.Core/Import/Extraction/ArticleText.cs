using BalkanMeetings.Core.Import.Blocks;
using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>An article ready for extraction: its blocks, words, sentences and the phrases found in them.</summary>
public sealed class ArticleText
{
    public ArticleText(string text, ReferenceIndex reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        Text = text;
        Reference = reference;
        Document = ArticleParser.Parse(text);
        Tokens = Tokenizer.Tokenize(text);
        Sentences = SentenceSplitter.Split(Document, Tokens);
        Dates = DateFinder.Find(text).Where(d => !InTable(d.Start)).ToList();
        Places = FindPhrases(reference.Places, (m, s, e) => new PlaceMention(m.Value, m.FirstToken, m.LastToken, s, e));
        Countries = FindPhrases(reference.Countries, (m, s, e) => new CountryMention(m.Value.Country, m.Value.IsDemonym, m.FirstToken, m.LastToken, s, e));
    }

    public string Text { get; }

    public ReferenceIndex Reference { get; }

    public ArticleDocument Document { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public IReadOnlyList<DateMention> Dates { get; }

    public IReadOnlyList<PlaceMention> Places { get; }

    public IReadOnlyList<CountryMention> Countries { get; }

    /// <summary>True when most prose starts in lower case: capitals then say nothing about names.</summary>
    public bool IsCaseless => Tokens.Count > 0 && Tokens.Count(t => t.IsCapitalised) * 20 < Tokens.Count;

    public bool InTable(int offset) => Document.Tables.Any(t => offset >= t.Start && offset < t.End);

    /// <summary>The sentence holding the offset; sentences are in text order, so a binary search finds it.</summary>
    public Sentence? SentenceAt(int offset)
    {
        int low = 0, high = Sentences.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var sentence = Sentences[middle];
            if (offset < sentence.Start)
            {
                high = middle - 1;
            }
            else if (offset >= sentence.End)
            {
                low = middle + 1;
            }
            else
            {
                return sentence;
            }
        }

        return null;
    }

    public string Slice(int start, int end) => Text[start..end];

    public string WordAt(int token) => token >= 0 && token < Tokens.Count ? Tokens[token].Folded : string.Empty;

    private List<TMention> FindPhrases<T, TMention>(PhraseMatcher<T> matcher, Func<PhraseMatch<T>, int, int, TMention> create) =>
        matcher.FindAll(Tokens)
            .Where(m => !InTable(Tokens[m.FirstToken].Start))
            .Select(m => create(m, Tokens[m.FirstToken].Start, Tokens[m.LastToken].End))
            .ToList();
}
