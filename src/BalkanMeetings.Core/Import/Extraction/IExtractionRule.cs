namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>
/// One step of extraction: reads what the rules before it left in the context and adds what it finds. Rules run in
/// the fixed order of <see cref="ArticleExtractor"/>; each has its section in docs/import.md.
/// </summary>
public interface IExtractionRule
{
    void Apply(ArticleContext context);
}
