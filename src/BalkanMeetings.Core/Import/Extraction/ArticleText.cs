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

    public Sentence? SentenceAt(int offset)
    {
        foreach (var sentence in Sentences)
        {
            if (sentence.Contains(offset))
            {
                return sentence;
            }
        }

        return null;
    }

    public int SentenceIndexOfToken(int token)
    {
        for (var i = 0; i < Sentences.Count; i++)
        {
            if (token >= Sentences[i].FirstToken && token < Sentences[i].EndToken)
            {
                return i;
            }
        }

        return -1;
    }

    public string Slice(int start, int end) => Text[start..end];

    public string WordAt(int token) => token >= 0 && token < Tokens.Count ? Tokens[token].Folded : string.Empty;

    private List<TMention> FindPhrases<T, TMention>(PhraseMatcher<T> matcher, Func<PhraseMatch<T>, int, int, TMention> create) =>
        matcher.FindAll(Tokens)
            .Where(m => !InTable(Tokens[m.FirstToken].Start))
            .Select(m => create(m, Tokens[m.FirstToken].Start, Tokens[m.LastToken].End))
            .ToList();
}
