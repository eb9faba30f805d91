using BalkanMeetings.Core.Import.Extraction.Temporal;

namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>Finds every date phrase outside tables. See docs/import.md#temporal.</summary>
public sealed class DateTaggingRule : IExtractionRule
{
    public void Apply(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Dates.AddRange(DateTagger.Find(context.Text).Where(d => !context.InTable(d.Start)));
    }
}
