namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// Finds the places and countries the article names, outside tables: cities from places.csv, the six countries by
/// name, alias or demonym, and other countries from nations.csv. See docs/import.md#phrases.
/// </summary>
public sealed class PhraseRule : IExtractionRule
{
    public void Apply(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tokens = context.Tokens;
        foreach (var match in context.Reference.Places.FindAll(tokens, context.PhraseWordNumbers))
        {
            var span = new TextSpan(tokens[match.FirstToken].Start, tokens[match.LastToken].End);
            if (!context.InTable(span.Start))
            {
                context.Places.Add(new PlaceMention(match.Value, match.FirstToken, match.LastToken, span));
            }
        }

        foreach (var match in context.Reference.Countries.FindAll(tokens, context.PhraseWordNumbers))
        {
            var span = new TextSpan(tokens[match.FirstToken].Start, tokens[match.LastToken].End);
            if (!context.InTable(span.Start))
            {
                context.Countries.Add(new CountryMention(match.Value.Country, null, match.Value.IsDemonym, match.FirstToken, match.LastToken, span));
            }
        }

        foreach (var match in context.Reference.Nations.FindAll(tokens, context.PhraseWordNumbers))
        {
            var span = new TextSpan(tokens[match.FirstToken].Start, tokens[match.LastToken].End);
            if (!context.InTable(span.Start) && context.Countries.All(c => c.LastToken < match.FirstToken || c.FirstToken > match.LastToken))
            {
                context.Countries.Add(new CountryMention(null, match.Value.Nation, match.Value.IsDemonym, match.FirstToken, match.LastToken, span));
            }
        }

        context.Countries.Sort((a, b) => a.Start.CompareTo(b.Start));
    }
}
