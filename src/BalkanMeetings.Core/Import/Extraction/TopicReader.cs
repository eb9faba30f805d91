namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>Maps the article's words onto the topic vocabulary, keeping the words that matched. See docs/import.md#topics.</summary>
public static class TopicReader
{
    public static List<ExtractedTopic> Read(ArticleText article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var topics = new List<ExtractedTopic>();
        foreach (var match in article.Reference.Topics.FindAll(article.Tokens))
        {
            var start = article.Tokens[match.FirstToken].Start;
            var end = article.Tokens[match.LastToken].End;
            if (topics.All(t => t.Name != match.Value.Name))
            {
                topics.Add(new ExtractedTopic(match.Value.Name, article.Slice(start, end), new TextSpan(start, end)));
            }
        }

        return topics;
    }
}
