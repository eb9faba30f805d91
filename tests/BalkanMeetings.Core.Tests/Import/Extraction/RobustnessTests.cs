using BalkanMeetings.Core.Import.Extraction;

namespace BalkanMeetings.Core.Tests.Import.Extraction;

/// <summary>
/// An article in a shape no rule expected must still give a result, never an exception that would fail the import:
/// fragments of real articles cut at random places, shuffled and joined with odd punctuation and scripts.
/// </summary>
public sealed class RobustnessTests
{
    private static readonly string[] Oddities =
    [
        "", "\n\n\n", "|", "| Date | Event |\n|---|---|\n| | |", "—", "“", "on the", "met", "in", "31 February 2019",
        "99.99.9999.", "2019/13/45", "Вучић", "Prime Minister", "NATO HQ", ":", "•", "#", "> ", "```", "*[*[*[", "?",
    ];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Extraction_of_an_article_cut_and_shuffled_at_random_never_throws(int seed)
    {
        var random = new Random(seed);
        var words = File.ReadAllText(Directory.GetFiles(TestPaths.SeedsFolder, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ElementAt(seed % 5))
            .Split(' ');
        var pieces = Enumerable.Range(0, random.Next(1, 60)).Select(_ =>
            random.Next(4) == 0
                ? Oddities[random.Next(Oddities.Length)]
                : string.Join(' ', words.Skip(random.Next(words.Length)).Take(random.Next(1, 40))));
        var text = string.Join(random.Next(2) == 0 ? " " : "\n", pieces);

        var article = Snippets.Extract(text);

        // Every value the page will mark must point inside the text, or the meeting page could not show it.
        var spans = article.Meetings.SelectMany(m => new[] { m.DateSpan, m.CitySpan, m.StatusSpan }
                .Concat(m.Participants.SelectMany(p => new[] { p.NameSpan, p.RoleSpan })))
            .OfType<TextSpan>()
            .Concat(article.Topics.Select(t => t.Span))
            .Concat(article.Quotes.Select(q => q.Span));
        Assert.All(spans, span => Assert.InRange(span.Start, 0, Math.Min(span.End, article.Text.Length)));
        Assert.All(article.Flags, flag => Assert.True(flag.MeetingIndex is null || flag.MeetingIndex < article.Meetings.Count));
    }
}
