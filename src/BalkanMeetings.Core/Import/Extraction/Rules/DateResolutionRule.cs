using BalkanMeetings.Core.Import.Extraction.Temporal;

namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// Resolves every relative and partial date phrase against its anchor: the post stamp of its part of the article,
/// else the article's own date. A phrase in an announcement looks ahead from the anchor, any other looks back. See
/// docs/import.md#temporal.
/// </summary>
public sealed class DateResolutionRule : IExtractionRule
{
    public void Apply(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        for (var k = 0; k < context.Dates.Count; k++)
        {
            var date = context.Dates[k];
            var sentence = context.SentenceAt(date.Start);
            var direction = sentence is not null && Tense.Future(context.Slice(sentence.Start, sentence.End)).Success ? TimeDirection.Future : TimeDirection.Past;
            context.Dates[k] = DateResolver.Resolve(date, context.UnitAt(date.Start).Anchor, direction);
        }

        for (var k = 0; k < context.Units.Count; k++)
        {
            if (context.Units[k].LeadDate is { } lead)
            {
                context.Units[k] = context.Units[k] with { LeadDate = context.DateAt(lead.Span) ?? lead };
            }
        }
    }
}
