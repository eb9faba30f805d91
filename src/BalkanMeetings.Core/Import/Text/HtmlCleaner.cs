using System.Net;
using System.Text.RegularExpressions;

namespace BalkanMeetings.Core.Import.Text;

/// <summary>
/// Turns HTML remnants into plain lines: block tags become line breaks, other tags and comments go, entities are
/// decoded.
/// See docs/import.md#html.
/// </summary>
public static partial class HtmlCleaner
{
    // Attribute text, where a quoted value may itself contain '>'.
    private const string Attributes = """(?:[^<>"']|"[^"]*"|'[^']*')*""";

    /// <summary>Returns the cleaned text and whether it held HTML; text without HTML is returned unchanged.</summary>
    public static (string Text, bool HadHtml) Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!ContainsHtml(text))
        {
            return (text, false);
        }

        // Tags go before entities are decoded, so that an escaped "&lt;NATO photo&gt;" survives as text.
        var plain = DecodeEntities(StripMarkup(text));
        plain = SpaceRunRegex().Replace(plain, " ");
        plain = SpaceAtLineEdgeRegex().Replace(plain, string.Empty);
        plain = BlankLinesRegex().Replace(plain, "\n\n");
        return (plain.Trim(), true);
    }

    private static bool ContainsHtml(string text)
    {
        foreach (var marker in HtmlMarkerRegex().EnumerateMatches(text))
        {
            var value = text.AsSpan(marker.Index, marker.Length);
            // "&Name;" counts only when it is an entity the decoder knows, so "Q&As;" is not taken for HTML.
            if (value[0] == '<' || WebUtility.HtmlDecode(value.ToString()).Length != value.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static string ReplaceMarkup(Match markup)
    {
        if (markup.Groups["paragraph"].Success)
        {
            return "\n\n";
        }

        // A run of line-level tags ("</li><li>", "<div><div>") is one line break; only "<br><br>" makes a paragraph.
        if (markup.Groups["line"].Success)
        {
            return "\n";
        }

        // Table cells keep apart as the pipe columns the plain-text articles use.
        return markup.Groups["cell"].Success ? " | " : string.Empty;
    }

    // Removing broken markup can join a new tag ("</p<br>>" leaves "</p\n>"), so stripping repeats until nothing
    // matches; every replacement is shorter than the markup it replaces, so the loop ends.
    private static string StripMarkup(string text)
    {
        var stripped = MarkupRegex().Replace(text, ReplaceMarkup);
        while (!ReferenceEquals(stripped, text))
        {
            text = stripped;
            stripped = MarkupRegex().Replace(text, ReplaceMarkup);
        }

        return stripped;
    }

    // Scraped pages are sometimes escaped twice ("&amp;#263;"); every decoding round that changes the text shortens it.
    private static string DecodeEntities(string text)
    {
        var decoded = WebUtility.HtmlDecode(text);
        while (decoded.Length != text.Length)
        {
            text = decoded;
            decoded = WebUtility.HtmlDecode(text);
        }

        return decoded;
    }

    // A comment, a complete tag with a known HTML name, or an entity; "<NATO photo>" and "a < b" are not HTML.
    [GeneratedRegex(
        """<!--"""
        + """|</?(?:a|abbr|article|aside|b|blockquote|br|caption|cite|code|dd|div|dl|dt|em|figcaption|figure|footer"""
        + """|h[1-6]|header|hr|i|img|li|ol|p|pre|q|s|script|section|small|span|strong|style|sub|sup|table|tbody|td"""
        + """|tfoot|th|thead|tr|u|ul)(?=[\s/>])[^<>]*>"""
        + """|&(?:\#[0-9]{1,7}|\#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlMarkerRegex();

    // Comments, scripts and styles go with their content; unterminated, they run to the end of the text as in a
    // browser, which also keeps a stray "<!--" from being rescanned to the end at every occurrence. A declaration
    // ("<!DOCTYPE html>") goes too: it would otherwise be the article's first line, taken for its title.
    [GeneratedRegex(
        """<!--.*?(?:-->|\z)|<![a-z][^<>]*>|<(?<raw>script|style)\b""" + Attributes + """>.*?(?:</\k<raw>\s*>|\z)"""
        + """|(?<paragraph></?(?:p|h[1-6]|blockquote|ul|ol|table|section|article|header|footer|figure|pre|hr)"""
        + """(?=[\s/>])""" + Attributes + ">)"
        + """|(?<line>(?:</?(?:div|li|tr|dt|dd|figcaption|caption)(?=[\s/>])""" + Attributes + """>\s*)+"""
        + """|</?br(?=[\s/>])""" + Attributes + ">)"
        + """|(?<cell></t[dh]\s*>)"""
        + """|</?[a-z][a-z0-9:-]*""" + Attributes + ">",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex MarkupRegex();

    // Decoded &nbsp; and friends are space separators too.
    [GeneratedRegex(@"[\t\p{Zs}]{2,}|[\t\p{Zs}-[ ]]")]
    private static partial Regex SpaceRunRegex();

    [GeneratedRegex(@" +(?=\n)|(?<=\n) +")]
    private static partial Regex SpaceAtLineEdgeRegex();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLinesRegex();
}
