using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>Flags an article whose text was UTF-8 read as windows-1252 and repaired. See docs/import.md#mojibake.</summary>
public sealed class EncodingRule : IExtractionRule
{
    public void Apply(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.EncodingRepairs > 0)
        {
            context.Raise(FlagKind.RepairedEncoding, FlagSeverity.Info, $"The text was UTF-8 read as windows-1252; {context.EncodingRepairs} character(s) were repaired.", null, null, "Text", null, null);
        }
    }
}
