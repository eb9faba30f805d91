using BalkanMeetings.Core.Import;
using BalkanMeetings.Core.Import.Extraction;
using BalkanMeetings.Core.Import.Text;

namespace BalkanMeetings.Core.Tests.Import.Extraction;

public sealed class ExplanationTests
{
    private const string Article = """
        PODGORICA, 12 March 2019 – NATO Secretary General Jens Stoltenberg met Prime Minister Duško Marković on Monday.
        They discussed the country's accession.
        """;

    private static string Explain(string text)
    {
        var normalised = TextNormaliser.Normalise(text);
        var context = new ArticleExtractor(Snippets.ReferenceIndex).Run("visit.txt", normalised.Text, normalised.EncodingRepairs, meta: null);
        return ExtractionExplanation.Write(context);
    }

    [Fact]
    public void The_explanation_names_the_anchor_the_relative_date_was_read_against_and_the_words_it_came_from()
    {
        var lines = Explain(Article).Split('\n');

        Assert.Equal("visit.txt", lines[0]);
        Assert.Contains(lines, l => l.Contains("anchor", StringComparison.Ordinal) && l.Contains("2019-03-12", StringComparison.Ordinal) && l.Contains("[DatelineRule]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  encounter in part", StringComparison.Ordinal) && l.Contains("2019-03-11", StringComparison.Ordinal)
            && l.Contains("Jens Stoltenberg (named)", StringComparison.Ordinal) && l.Contains("Duško Marković (named)", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_meeting_value_is_explained_with_its_rule_and_each_participant_with_its_words()
    {
        var text = Explain(Article);

        Assert.Contains("  meeting 1: ", text, StringComparison.Ordinal);
        Assert.Contains("    date 2019-03-11  <- \"Monday\" [weekday against header 2019-03-12]", text, StringComparison.Ordinal);
        Assert.Contains("    location_city Podgorica (dateline)  <- \"PODGORICA\" [PlaceRule]", text, StringComparison.Ordinal);
        Assert.Contains("    participant Duško Marković | Prime Minister | Montenegro  <- \"Duško Marković\"", text, StringComparison.Ordinal);
        Assert.Contains("    countries Montenegro", text, StringComparison.Ordinal);
    }
}
