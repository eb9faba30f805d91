using BalkanMeetings.Core.Import.Text;

namespace BalkanMeetings.Core.Tests.Import.Text;

public sealed class BoilerplateFilterTests
{
    [Theory]
    [InlineData("Body.\n\nRelated posts\n\nOther headline\n\n\nAnother headline", "Body.\n\n", 3)]
    [InlineData("Body.\nRelated articles\nOther headline", "Body.\n", 2)]
    [InlineData("Body.\nRELATED POSTS:\nOther headline", "Body.\n", 2)]
    [InlineData("Body.\nRead more\nOther headline", "Body.\n", 2)]
    [InlineData("Body.\n  Read more »  \nOther headline\n", "Body.\n", 2)]
    public void Drops_the_related_posts_line_and_everything_after_it(string text, string expected, int removed)
    {
        Assert.Equal((expected, removed), BoilerplateFilter.Filter(text));
    }

    [Theory]
    [InlineData("Title\n\nNATO Secretary General Jens Stoltenberg and Milo Đukanović; Photo: NATO\n\nBody")]
    [InlineData("Title\n\nPresident Vjosa Osmani in New York; Photo: Office of the President of Kosovo\n\nBody")]
    [InlineData("Title\n\nThe leaders in Brussels | photo: Reuters\n\nBody")]
    [InlineData("Title\n\nPhoto: NATO\n\nBody")]
    [InlineData("Title\n\nPhoto caption: The Chairman of the Presidency and Rose Gottemoeller <NATO photo>\n\nBody")]
    [InlineData("Title\n\nThe Chairman of the Presidency, Mladen Ivanić, and Rose Gottemoeller <NATO photo>\n\nBody")]
    [InlineData("Title\n\nStoltenberg and Rama in Brussels (Photo: NATO)\n\nBody")]
    [InlineData("Title\n\nTags: Kosovo, NATO, Vjosa Osmani, Partnership for Peace\n\nBody")]
    [InlineData("Title\n\nShare this article\n\nBody")]
    [InlineData("Title\n\nFollow us on Twitter and Facebook\n\nBody")]
    public void Drops_captions_tags_and_share_prompts(string text)
    {
        Assert.Equal(("Title\n\n\nBody", 1), BoilerplateFilter.Filter(text));
    }

    [Theory]
    [InlineData("European Western Balkans\n\nKosovo | Security | 21/09/2021\n\nOsmani and Gërvalla press Kosovo's bid")]
    [InlineData("To Conclude\nthe meeting between NATO and Montenegro marks a significant step.")]
    [InlineData("Key outcomes included:\n- Cybersecurity: Addressing threats to national infrastructure.")]
    [InlineData("Opinion: Kosovo's long road to the Partnership for Peace")]
    [InlineData("He showed the photo: both leaders were smiling.")]
    [InlineData("Read more about the Alliance's plans on nato.int.\nThe talks continued.")]
    [InlineData("The related posts were removed.\nThe leaders share this view and follow us closely.")]
    [InlineData("Body without a final line break\n")]
    public void Keeps_every_other_line_exactly(string text)
    {
        var (filtered, removed) = BoilerplateFilter.Filter(text);

        Assert.Same(text, filtered);
        Assert.Equal(0, removed);
    }
}
