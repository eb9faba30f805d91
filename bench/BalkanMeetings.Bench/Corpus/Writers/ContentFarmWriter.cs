namespace BalkanMeetings.Bench.Corpus.Writers;

/// <summary>
/// AI content-farm articles (seeds 000, 002-004, dev d04, d08): a long lede with squeezed commas, short
/// unpunctuated headings, <c>- Label: description</c> lists, pipe tables and a closing paragraph, one line per
/// paragraph and no blank lines.
/// </summary>
internal static class ContentFarmWriter
{
    public static string Write(ArticleContext context)
    {
        var random = context.Random;
        var plan = context.Plan;
        var lines = new List<string>();

        if (random.Chance(0.6))
        {
            var titles = plan.NatoUnnamed ? TextBank.Titles.Take(2).ToList() : TextBank.Titles.ToList();
            lines.Add(context.Fill(random.Pick(titles)));
        }

        lines.Add(Lede(context));

        var sections = random.Weighted([(2, 3.0), (3, 4.0), (4, 2.0), (5, 1.0)]);
        var tables = PlaceTables(random, sections);
        var leadingPipes = random.Chance(0.4);
        var sentences = new Deck(TextBank.BodySentences, random);
        var initiativeIntros = new Deck(TextBank.InitiativeTableIntros, random);
        foreach (var (heading, index) in random.PickSome(TextBank.Headings, sections).Select((h, i) => (h, i)))
        {
            lines.Add(Sloppy(context.Fill(heading), random, 0.3));
            lines.Add(Paragraph(context, sentences, random.Between(2, 5), ListIntro(random)));
            lines.AddRange(Bullets(context));
            lines.Add(Paragraph(context, sentences, random.Between(1, 3), string.Empty));
            foreach (var initiative in tables[index])
            {
                lines.Add(context.Fill(initiative ? initiativeIntros.Draw() : random.Pick(TextBank.OtherTableIntros)));
                lines.AddRange(initiative ? Tables.Initiatives(context, leadingPipes) : Tables.Other(context, leadingPipes));
            }
        }

        lines.Add(random.Pick(TextBank.ClosingHeadings));
        var closing = context.Fill(random.Pick(TextBank.Closings));
        lines.Add(random.Chance(0.5) ? closing : TextEffects.Capitalize(closing));

        var text = string.Join('\n', lines);
        if (random.Chance(0.15))
        {
            text = text.Replace("NATO’s", "NATOs", StringComparison.Ordinal);
        }

        if (random.Chance(0.1))
        {
            text = ReplaceFirst(text, " with ", " wiht ");
        }

        // Some seeds end without a newline, one with a run of blank lines.
        return text + random.Weighted([(string.Empty, 3.0), ("\n", 5.0), (new string('\n', random.Between(2, 11)), 1.0)]);
    }

    private static string Lede(ArticleContext context)
    {
        var random = context.Random;
        var lede = context.Fill(random.Pick(context.Plan.Planned ? TextBank.PlannedLedes : TextBank.HeldLedes));
        var fillers = random.PickSome(TextBank.LedeFillers, random.Between(2, 4)).Select(context.Fill);
        var paragraph = string.Join(' ', fillers.Prepend(lede));
        return Sloppy(TextEffects.SqueezeSpaces(paragraph, random, 0.6), random, 0.5);
    }

    private static string Paragraph(ArticleContext context, Deck deck, int sentences, string ending)
    {
        var random = context.Random;
        var body = Enumerable.Range(0, sentences).Select(_ => context.Fill(deck.Draw())).ToList();
        if (ending.Length > 0)
        {
            body.Add(ending);
        }

        var paragraph = TextEffects.SqueezeSpaces(string.Join(' ', body), random, 0.15);
        return Sloppy(random.Chance(0.1) ? TextEffects.LowercaseFirst(paragraph) : paragraph, random, 0.25);
    }

    private static string ListIntro(Random random) => random.Pick(TextBank.ListIntros);

    private static IEnumerable<string> Bullets(ArticleContext context)
    {
        var random = context.Random;
        var topics = random.PickSome(context.Plan.Topics, random.Between(3, 4));
        // One list in seven is bare, as in seed 003's "- Strengthening the capacities of local armed forces".
        var bare = random.Chance(0.15);
        foreach (var topic in topics)
        {
            var detail = random.Pick(topic.Details);
            if (bare)
            {
                yield return "- " + detail.TrimEnd('.');
            }
            else
            {
                var label = random.Chance(0.1) ? TextEffects.LowercaseFirst(topic.Label) : topic.Label;
                yield return $"- {label}: {detail}";
            }
        }
    }

    /// <summary>Which sections carry tables: up to two initiative tables and sometimes another table.</summary>
    private static List<bool>[] PlaceTables(Random random, int sections)
    {
        var placed = Enumerable.Range(0, sections).Select(_ => new List<bool>()).ToArray();
        var initiativeTables = random.Weighted([(0, 25.0), (1, 45.0), (2, 30.0)]);
        for (var i = 0; i < initiativeTables; i++)
        {
            placed[random.Next(sections)].Add(true);
        }

        if (random.Chance(0.45))
        {
            placed[random.Next(sections)].Add(false);
        }

        return placed;
    }

    private static string Sloppy(string text, Random random, double probability) =>
        random.Chance(probability) ? TextEffects.LowercaseOneWord(text, random) : text;

    private static string ReplaceFirst(string text, string search, string replacement)
    {
        var index = text.IndexOf(search, StringComparison.Ordinal);
        return index < 0 ? text : string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + search.Length));
    }

    /// <summary>Sentences dealt without repeats until all have been used, so paragraphs do not echo each other.</summary>
    private sealed class Deck(IReadOnlyList<string> cards, Random random)
    {
        private readonly Queue<string> _remaining = new();

        public string Draw()
        {
            if (_remaining.Count == 0)
            {
                foreach (var card in random.PickSome(cards, cards.Count))
                {
                    _remaining.Enqueue(card);
                }
            }

            return _remaining.Dequeue();
        }
    }
}
