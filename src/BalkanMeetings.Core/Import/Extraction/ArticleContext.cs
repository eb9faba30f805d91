using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import.Blocks;
using BalkanMeetings.Core.Import.Extraction.Temporal;
using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>
/// One article on its way through the extraction rules: its text, blocks, words and sentences, and everything the
/// rules have found so far. Each rule reads what earlier rules left here and adds its own; flags are raised here and
/// nowhere else. See docs/import.md#extraction.
/// </summary>
public sealed class ArticleContext
{
    public ArticleContext(string fileName, string text, ReferenceIndex reference, ArticleMeta? meta)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(reference);
        FileName = fileName;
        Text = text;
        Reference = reference;
        Meta = meta;
        var parsed = ArticleParser.Parse(text);
        Tables = parsed.Tables;
        Document = WithTimelineRows(parsed);
        Tokens = Tokenizer.Tokenize(text);
        PhraseWordNumbers = reference.PhraseWords.Of(Tokens);
        Sentences = SentenceSplitter.Split(Document, Tokens);
        IsCaseless = Tokens.Count > 0 && CountCapitalised(Tokens) * 20 < Tokens.Count;
    }

    public string FileName { get; }

    public string Text { get; }

    public ReferenceIndex Reference { get; }

    public ArticleMeta? Meta { get; }

    /// <summary>How many mojibake sequences normalisation repaired.</summary>
    public int EncodingRepairs { get; init; }

    /// <summary>The article's blocks for reading, a timeline table's rows among them; the other tables.</summary>
    public ArticleDocument Document { get; }

    /// <summary>Every table of the article, timelines included, as parsed.</summary>
    public IReadOnlyList<TableBlock> Tables { get; }

    public TokenList Tokens { get; }

    /// <summary>Each token's number among the first words of the reference phrases, for the phrase matchers.</summary>
    public int[] PhraseWordNumbers { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public List<PlaceMention> Places { get; } = [];

    public List<CountryMention> Countries { get; } = [];

    public List<DateExpression> Dates { get; } = [];

    /// <summary>The article's own date, which relative phrases are read against (dateline, header, sidecar).</summary>
    public DateAnchor? Anchor { get; set; }

    /// <summary>The place a dateline or header gives the report (<c>PODGORICA, June 11</c>, <c>| NATO Headquarters</c>).</summary>
    public PlaceCandidate? DatelinePlace { get; set; }

    public List<DiscourseUnit> Units { get; } = [];

    /// <summary>What the article says of its own source: outlet, byline, address, language.</summary>
    public SourceLines Source { get; } = new();

    public List<OfficeMention> Offices { get; } = [];

    public List<PersonMention> PersonMentions { get; } = [];

    public List<PersonInArticle> People { get; } = [];

    public List<SentenceReading> Readings { get; } = [];

    public List<MeetingDraft> Meetings { get; } = [];

    public List<ExtractedInitiative> Initiatives { get; } = [];

    public List<ExtractedTable> OtherTables { get; } = [];

    public List<ExtractedTopic> Topics { get; } = [];

    public List<ExtractedQuote> Quotes { get; } = [];

    public List<ExtractedFlag> Flags { get; } = [];

    public ExtractionTrace Trace { get; } = new();

    /// <summary>True when most prose starts in lower case: capitals then say nothing about names.</summary>
    public bool IsCaseless { get; }

    public void Raise(FlagKind kind, FlagSeverity severity, string message, MeetingDraft? meeting, int? participant, string? field, string? evidence, string? referenceRow) =>
        Flags.Add(new ExtractedFlag(kind, severity, message, meeting is null ? null : Meetings.IndexOf(meeting), participant, field, evidence, referenceRow));

    public bool InTable(int offset)
    {
        // Asked for every word of the article: a loop by index, where a lambda would allocate its closure and a
        // foreach its enumerator on each call.
        var tables = Document.Tables;
        for (var k = 0; k < tables.Count; k++)
        {
            if (offset >= tables[k].Start && offset < tables[k].End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A heading in the article's structure; a bracketed line of a transcript (<c>[STOLTENBERG, at the press
    /// point]</c>) is a stage direction that names a speaker, read as prose.
    /// </summary>
    public bool IsHeading(TextBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var line = Text.AsSpan(block.Start, block.End - block.Start).Trim();
        return block.Kind is BlockKind.Title or BlockKind.Heading && !(line.StartsWith('[') && line.EndsWith(']'));
    }

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

    /// <summary>The unit holding the offset; units are in text order, so a binary search finds the last that starts at or before it.</summary>
    public DiscourseUnit UnitAt(int offset)
    {
        int low = 0, high = Units.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Units[middle].Start <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return Units[low];
    }

    public string Slice(int start, int end) => Text[start..end];

    public string Slice(TextSpan span) => Text[span.Start..span.End];

    public string WordAt(int token) => token >= 0 && token < Tokens.Count ? Tokens[token].Folded : string.Empty;

    /// <summary>The first token that starts at or after the offset.</summary>
    public int TokenAt(int offset) => TextOrder.FirstAtOrAfter(Tokens, offset, t => t.Start);

    private static int CountCapitalised(TokenList tokens)
    {
        var count = 0;
        foreach (var token in tokens)
        {
            count += token.IsCapitalised ? 1 : 0;
        }

        return count;
    }

    // A table whose first column is a date ("| Date | Event |") is a timeline: its rows are read as dated entries.
    private static ArticleDocument WithTimelineRows(ArticleDocument parsed)
    {
        var timelines = parsed.Tables.Where(IsTimeline).ToList();
        if (timelines.Count == 0)
        {
            return parsed;
        }

        var rows = timelines.SelectMany(t => t.Rows.Where(r => r.Count > 0).Select(r => new TextBlock(BlockKind.ListItem, r[0].Start, r[^1].End)));
        return parsed with
        {
            Blocks = parsed.Blocks.Concat(rows).OrderBy(b => b.Start).ToList(),
            Tables = parsed.Tables.Except(timelines).ToList(),
        };
    }

    private static bool IsTimeline(TableBlock table) =>
        table.Header.Count >= 2 && Tokenizer.Key(table.Header[0].Text) is "date" or "when" or "day"
        && table.Rows.Any(r => r.Count > 0 && Temporal.DateTagger.Find(r[0].Text).Any(d => !d.IsBareYear));

    public PersonInArticle? PersonNamed(string name) => People.FirstOrDefault(p => p.Name == name);

    /// <summary>The date phrase at the span, as resolved so far.</summary>
    public DateExpression? DateAt(TextSpan span) => Dates.FirstOrDefault(d => d.Span == span);
}
