using System.Text.RegularExpressions;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using BalkanMeetings.Core.Search;
using Microsoft.AspNetCore.Components;

namespace BalkanMeetings.Web.Components;

/// <summary>Article text with search matches marked: the text is encoded, only the marks are markup.</summary>
public static partial class Highlight
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static MarkupString Snippet(string snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        // Line breaks and table rules of the article mean nothing in a one-line snippet.
        var parts = Whitespace().Replace(snippet, " ").Split([SearchHit.MarkStart, SearchHit.MarkEnd]);
        var html = new StringBuilder(snippet.Length + 32);
        for (var i = 0; i < parts.Length; i++)
        {
            // Marks alternate: odd parts are the matched words.
            html.Append(i == 0 ? "" : i % 2 == 1 ? "<mark>" : "</mark>").Append(Encoder.Encode(parts[i]));
        }

        return new MarkupString(parts.Length % 2 == 0 ? html.Append("</mark>").ToString() : html.ToString());
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
