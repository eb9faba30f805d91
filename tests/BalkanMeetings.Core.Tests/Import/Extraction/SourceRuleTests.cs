using BalkanMeetings.Core.Import;
using BalkanMeetings.Core.Import.Extraction;
using BalkanMeetings.Core.Import.Text;

namespace BalkanMeetings.Core.Tests.Import.Extraction;

/// <summary>The outlet, byline, address and language an article gives of itself (docs/import.md#source-details).</summary>
public sealed class SourceRuleTests
{
    private const string Lead = "NATO Secretary General Jens Stoltenberg met Prime Minister Edi Rama in Brussels on 3 May 2021.\n";

    [Theory]
    [InlineData("European Western Balkans\n\nRama and Stoltenberg discuss the region\n\n" + Lead, "European Western Balkans", "Rama and Stoltenberg discuss the region")]
    [InlineData("WBN WORLD NEWS SERVICE — 06 DEC 2018 16:12 GMT\n\nNATO's chief calls Rama\n\n" + Lead, "WBN WORLD NEWS SERVICE", "WBN WORLD NEWS SERVICE — 06 DEC 2018 16:12 GMT")]
    [InlineData("Balkan Defence Watch @BalkanDefWatch · Sep 9, 2025\n\n" + Lead, "Balkan Defence Watch (@BalkanDefWatch)", null)]
    [InlineData("Rama in Brussels: allies praise Albania | Tirana Daily English\n\n" + Lead, "Tirana Daily English", "Rama in Brussels: allies praise Albania")]
    [InlineData("<html lang=\"en\"><head><title>Rama in Brussels: allies praise Albania | Tirana Daily English</title></head><body><p>" + Lead + "</p></body></html>", "Tirana Daily English", "Rama in Brussels: allies praise Albania")]
    [InlineData("Rama at NATO\n\nBRUSSELS, 3 May 2021 – NATO Newsroom\n\n" + Lead, "NATO Newsroom", "Rama at NATO")]
    [InlineData("Rama at NATO\n\nBRUSSELS, May 3 (WBN) - " + Lead, "WBN", "Rama at NATO")]
    [InlineData("Rama at NATO\n\nSource: Albanian Daily News\n\n" + Lead, "Albanian Daily News", "Rama at NATO")]
    [InlineData("From: PR Service - Government of Albania <pr@gov.example>\nSubject: Rama at NATO\n\n" + Lead, "PR Service - Government of Albania", null)]
    public void The_outlet_comes_from_a_masthead_a_dateline_or_a_labelled_line(string text, string outlet, string? title)
    {
        var article = Snippets.Extract(text);

        Assert.Equal(outlet, article.Source.Outlet);
        if (title is not null)
        {
            Assert.Equal(title, article.Title);
        }
    }

    [Theory]
    [InlineData("Stoltenberg in Tirana\n\nRama and Stoltenberg discuss the region\n\n" + Lead)]
    [InlineData("OPINION\n\nRama and Stoltenberg discuss the region\n\n" + Lead)]
    [InlineData("Joint press point\nwith the Prime Minister of Albania\n\n" + Lead)]
    [InlineData("Kosovo tensions — what we know\n\nThe talks so far\n\n" + Lead)]
    [InlineData("Rama at NATO\n\n" + Lead)]
    public void A_headline_a_section_word_or_a_kicker_is_not_taken_for_the_outlet(string text)
    {
        Assert.Null(Snippets.Extract(text).Source.Outlet);
    }

    [Theory]
    [InlineData("Rama at NATO\n\nBy Ana Petrović, Brussels\n\n" + Lead, "Ana Petrović")]
    [InlineData("Rama at NATO\n\nAuthor: Ana Petrović\n\n" + Lead, "Ana Petrović")]
    [InlineData("Rama at NATO\n\n" + Lead + "\nThe talks lasted an hour.\n\n(Reporting by WBN Tirana; Editing by Europe desk)\n", "WBN Tirana")]
    public void The_byline_comes_from_a_by_line_a_label_or_a_wire_credit(string text, string byline)
    {
        Assert.Equal(byline, Snippets.Extract(text).Source.Byline);
    }

    [Theory]
    [InlineData("Rama at NATO\n\nBy Tuesday, the talks had ended\n\n" + Lead)]
    [InlineData("Rama at NATO\n\nBy Tuesday the allies agreed to meet again.\n\n" + Lead)]
    [InlineData("Rama at NATO\n\n" + Lead + "\nBy Friday, Rama was back in Tirana.\n")]
    public void A_sentence_or_a_day_after_by_is_not_a_byline(string text)
    {
        Assert.Null(Snippets.Extract(text).Source.Byline);
    }

    [Fact]
    public void A_labelled_address_and_language_are_read_and_a_bad_address_is_left_out()
    {
        var article = Snippets.Extract("Rama at NATO\n\nURL: https://news.example/rama-nato\nLanguage: sq-AL\n\n" + Lead);
        var unsafeAddress = Snippets.Extract("Rama at NATO\n\nLink: javascript:alert(1)\nLanguage: Albanian please\n\n" + Lead);

        Assert.Equal("https://news.example/rama-nato", article.Source.Url);
        Assert.Equal("sq-AL", article.Source.Language);
        Assert.Null(unsafeAddress.Source.Url);
        Assert.Null(unsafeAddress.Source.Language);
    }

    [Fact]
    public void The_sidecar_wins_over_what_the_article_says_of_itself_field_by_field()
    {
        var text = "European Western Balkans\n\nRama at NATO\n\nBy Ana Petrović\n\n" + Lead;
        var normalised = TextNormaliser.Normalise(text);
        var meta = new ArticleMeta(null, "Balkan Insight", null, null, Byline: null, Language: "en");

        var article = new ArticleExtractor(Snippets.ReferenceIndex).Extract("a.txt", text, normalised.Text, 0, meta);

        Assert.Equal(new ArticleSource("Balkan Insight", "Ana Petrović", null, "en"), article.Source);
    }

    [Fact]
    public void Each_detail_is_explained_with_the_words_it_came_from()
    {
        const string text = "European Western Balkans\n\nRama at NATO\n\nBy Ana Petrović\n\n" + Lead;
        var normalised = TextNormaliser.Normalise(text);

        var context = new ArticleExtractor(Snippets.ReferenceIndex).Run("a.txt", normalised.Text, 0, null);

        Assert.Equal("European Western Balkans", context.Slice(context.Source.Outlet!.Span));
        Assert.Equal("Ana Petrović", context.Slice(context.Source.Byline!.Span));
    }
}
