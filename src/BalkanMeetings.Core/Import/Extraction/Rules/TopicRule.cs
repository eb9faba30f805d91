namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>Maps the article's words onto the topic vocabulary, keeping the words that matched. See docs/import.md#topics.</summary>
public sealed class TopicRule : IExtractionRule
{
    public void Apply(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var match in context.Reference.Topics.FindAll(context.Tokens, context.PhraseWordNumbers))
        {
            var start = context.Tokens[match.FirstToken].Start;
            var end = context.Tokens[match.LastToken].End;
            if (context.Topics.All(t => t.Name != match.Value.Name))
            {
                context.Topics.Add(new ExtractedTopic(match.Value.Name, context.Slice(start, end), new TextSpan(start, end)));
            }
        }
    }
}
