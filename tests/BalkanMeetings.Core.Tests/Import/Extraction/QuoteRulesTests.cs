namespace BalkanMeetings.Core.Tests.Import.Extraction;

public sealed class QuoteRulesTests
{
    [Fact]
    public void A_quote_is_attributed_to_the_speaker_named_after_it_even_across_sentences()
    {
        var article = Snippets.Extract(
            "NATO Secretary General Jens Stoltenberg met President Milo Đukanović at NATO Headquarters on 18 May 2021.\n"
            + "“We share the assessment. It threatens the region,” Đukanović said.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(("Milo Đukanović", "We share the assessment. It threatens the region,"), (quote.SpeakerName, quote.Text));
    }

    [Fact]
    public void A_quote_inside_a_sentence_belongs_to_its_subject_and_an_office_to_its_holder()
    {
        var article = Snippets.Extract(
            "NATO Secretary General Jens Stoltenberg met President Milo Đukanović on 18 May 2021, commending work that is “building stability in the region”.\n"
            + "“Montenegro is a valued Ally,” the NATO Secretary General said.");

        Assert.Equal(["Jens Stoltenberg", "Jens Stoltenberg"], article.Quotes.Select(q => q.SpeakerName));
        Assert.Equal("NATO Secretary General", article.Quotes[1].Speaker);
    }
}
