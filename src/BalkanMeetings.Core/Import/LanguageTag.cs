using System.Text.RegularExpressions;

namespace BalkanMeetings.Core.Import;

/// <summary>A BCP 47 language tag as an article's language is given: <c>en</c>, <c>sr-Latn</c>, <c>mk-MK</c>.</summary>
public static partial class LanguageTag
{
    /// <summary>The tag, trimmed, when it has a tag's shape; else null.</summary>
    public static string? Parse(string? text) =>
        text?.Trim() is { Length: > 0 and <= 35 } tag && Shape().IsMatch(tag) ? tag : null;

    [GeneratedRegex(@"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
