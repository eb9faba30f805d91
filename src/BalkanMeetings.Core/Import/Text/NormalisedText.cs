namespace BalkanMeetings.Core.Import.Text;

/// <summary>An article's text as the extractors read it, with the original and what normalisation changed.</summary>
/// <param name="Text">The normalised text.</param>
/// <param name="Original">The text exactly as received.</param>
/// <param name="EncodingRepairs">How many mojibake sequences were repaired.</param>
/// <param name="HadHtml">Whether the text held HTML tags, comments or entities.</param>
/// <param name="RemovedBoilerplateLines">How many non-blank boilerplate lines were dropped.</param>
public sealed record NormalisedText(
    string Text,
    string Original,
    int EncodingRepairs,
    bool HadHtml,
    int RemovedBoilerplateLines);
