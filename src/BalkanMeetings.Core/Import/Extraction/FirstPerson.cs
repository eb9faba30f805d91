namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>
/// Whom "I" stands for: the speaker a paragraph opens with (<c>Ristuccia: … I met Prime Minister Kurti</c>), else the
/// official who signs the post the header names (<c>Milojko Spajić • Following</c>). See docs/import.md#presence.
/// </summary>
internal static class FirstPerson
{
    private const int HeaderBlocks = 4;

    public static PersonInArticle? Of(ArticleContext context, Sentence sentence)
    {
        var block = context.Document.Blocks[sentence.BlockIndex];
        var opening = context.PersonMentions.FirstOrDefault(m => m.FirstToken == context.TokenAt(block.Start) && m.End < block.End);
        if (opening is not null && context.Text.AsSpan(opening.End, Math.Min(3, block.End - opening.End)).TrimStart().StartsWith(":"))
        {
            return context.PersonNamed(opening.Name);
        }

        var header = context.Document.Blocks.Take(HeaderBlocks).ToList();
        var author = context.PersonMentions.FirstOrDefault(m => m.IsKnown && header.Any(b => m.Start >= b.Start && m.End <= b.End));
        return author is null ? null : context.PersonNamed(author.Name);
    }

    /// <summary>True when token t is the pronoun "I" or "me".</summary>
    public static bool IsFirstPerson(ArticleContext context, int t) =>
        context.Tokens[t] is { Length: 1, IsCapitalised: true } token && context.Text[token.Start] == 'I'
        || context.WordAt(t) == "me";
}
