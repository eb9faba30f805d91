using System.Text.RegularExpressions;
using BalkanMeetings.Core.Import.Blocks;

namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// What the article says of its own source, in its first and last lines: a labelled line (<c>Source:</c>,
/// <c>By:</c>, <c>URL:</c>, <c>Language:</c>), a byline (<c>By Ana Petrović</c>, <c>(Reporting by WBN Podgorica; …)</c>),
/// and the outlet's name in a masthead (<c>European Western Balkans</c> above the headline, <c>WBN WORLD NEWS SERVICE —
/// 06 DEC 2018</c>, <c>Balkan Defence Watch @BalkanDefWatch · Sep 9, 2025</c>, <c>Headline | Montenegro Daily</c>) or
/// after a dateline (<c>BRUSSELS, 20 June 2017 – NATO Newsroom</c>). A name is never taken for an outlet. See
/// docs/import.md#source-details.
/// </summary>
public sealed partial class SourceRule : IExtractionRule
{
    private const int HeadBlocks = 8;
    private const int TailBlocks = 3;
    private const int MastheadWords = 5;

    public void Apply(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var blocks = context.Document.Blocks;
        var head = blocks.Take(HeadBlocks).ToList();
        var tail = blocks.Skip(Math.Max(HeadBlocks, blocks.Count - TailBlocks)).ToList();
        var source = context.Source;
        foreach (var (text, start) in head.Concat(tail).SelectMany(b => Lines(context, b)))
        {
            ReadLabelled(source, text, start);
            ReadByline(context, text, start);
        }

        if (head.Count > 0)
        {
            ReadMasthead(context, head);
        }

        // A dateline naming its outlet anywhere in the header before a wire's agency in brackets.
        var headLines = head.SelectMany(b => Lines(context, b)).ToList();
        source.Outlet ??= FirstFound(headLines, DatelineOutlet(), "outlet") ?? FirstFound(headLines, Agency(), "agency");
        Trace(context);
    }

    private static SourceLine? FirstFound(List<(string Text, int Start)> lines, Regex pattern, string group) =>
        lines.Select(line => (Match: pattern.Match(line.Text), line.Start)).FirstOrDefault(m => m.Match.Success) is { Match: not null } first
            ? Found(first.Match.Groups[group], first.Start)
            : null;

    private static void ReadLabelled(SourceLines source, string text, int start)
    {
        if (Labelled().Match(text) is not { Success: true } line)
        {
            return;
        }

        var value = line.Groups["value"];
        var found = Found(value, start);
        switch (line.Groups["label"].Value.ToUpperInvariant())
        {
            case "URL" or "LINK" or "ORIGINAL":
                source.Url ??= WebAddress.Parse(found.Value) is null ? null : found;
                break;
            case "SOURCE" or "OUTLET" or "PUBLISHER" or "PUBLISHED BY" or "FROM":
                if (WebAddress.Parse(found.Value) is not null)
                {
                    source.Url ??= found;
                }
                else if (Words(found.Value) <= 8)
                {
                    source.Outlet ??= found;
                }

                break;
            case "LANGUAGE":
                source.Language ??= LanguageTag.Parse(found.Value) is { } tag ? found with { Value = tag } : null;
                break;
            default:
                source.Byline ??= Words(found.Value) <= 12 ? found : null;
                break;
        }
    }

    private static void ReadByline(ArticleContext context, string text, int start)
    {
        var source = context.Source;
        if (source.Byline is not null)
        {
            return;
        }

        // A byline is a line of its own, not a sentence, and names no day: "By Tuesday, the talks had ended." is prose.
        if (Byline().Match(text) is { Success: true } byline && Words(byline.Groups["who"].Value) <= 6
            && text[^1] is not ('.' or '!' or '?') && !NamesADate(context, start + byline.Groups["who"].Index, start + byline.Groups["who"].Index + byline.Groups["who"].Length))
        {
            source.Byline = Found(byline.Groups["who"], start);
        }
        else if (WireCredit().Match(text) is { Success: true } credit)
        {
            source.Byline = Found(credit.Groups["who"], start);
        }
    }

    private static void ReadMasthead(ArticleContext context, List<TextBlock> head)
    {
        var source = context.Source;
        var first = head[0];
        var (line, start) = Lines(context, first).First();
        var nextIsHeader = head.Count > 1 && DatelineRule.IsHeaderLine(context, head[1]);
        if (source.Outlet is null && TitleWithOutlet().Match(line) is { Success: true } titled
            && Words(titled.Groups["title"].Value) >= 4 && Words(titled.Groups["outlet"].Value) <= MastheadWords
            && !NamesSomeone(context, start + titled.Groups["outlet"].Index, start + line.Length))
        {
            source.Outlet = Found(titled.Groups["outlet"], start);
            source.Title = Span(titled.Groups["title"], start);
        }
        else if (source.Outlet is null && Social().Match(line) is { Success: true } post)
        {
            source.Outlet = new SourceLine($"{post.Groups["name"].Value.Trim()} ({post.Groups["handle"].Value})", new TextSpan(start, start + post.Groups["handle"].Index + post.Groups["handle"].Length));
        }
        else if (source.Outlet is null && nextIsHeader && DashMasthead().Match(line) is { Success: true } masthead
            && IsOutletName(context, masthead.Groups["name"], start)
            && (IsUpperCase(masthead.Groups["name"].Value) || context.Dates.Any(d => d.Start >= start + masthead.Groups["rest"].Index && d.End <= start + line.Length)))
        {
            source.Outlet = Found(masthead.Groups["name"], start);
        }
        else if (source.Outlet is null && nextIsHeader && !context.Slice(first.Start, first.End).Trim().Contains('\n', StringComparison.Ordinal)
            && MastheadAlone().Match(line) is { Success: true } alone && IsOutletName(context, alone.Groups["name"], start)
            && IsNameCase(alone.Groups["name"].Value))
        {
            source.Outlet = Found(alone.Groups["name"], start);

            // The outlet's name was the first heading-like line; the headline is the next one.
            if (head[1].Kind is BlockKind.Title or BlockKind.Heading)
            {
                source.Title = new TextSpan(head[1].Start, head[1].End);
            }
        }
    }

    private static bool IsOutletName(ArticleContext context, Group name, int lineStart) =>
        Words(name.Value) <= MastheadWords && !name.Value.Any(char.IsDigit) && char.IsUpper(name.Value[0])
        && !NamesSomeone(context, lineStart + name.Index, lineStart + name.Index + name.Length);

    // A name standing alone above the headline is in capitals or title case and has more than one word: a single
    // word there is a section ("OPINION", "Home"), a line in sentence case a headline or a kicker.
    private static bool IsNameCase(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.All(w => w.Length < 4 || char.IsUpper(w[0]));
    }

    private static bool NamesADate(ArticleContext context, int start, int end) =>
        context.Dates.Any(d => d.Start < end && d.End > start);

    private static bool NamesSomeone(ArticleContext context, int start, int end) =>
        context.PersonMentions.Any(p => p.Start < end && p.End > start);

    private static IEnumerable<(string Text, int Start)> Lines(ArticleContext context, TextBlock block)
    {
        var start = block.Start;
        foreach (var line in context.Slice(block.Start, block.End).Split('\n'))
        {
            var indent = line.Length - line.TrimStart().Length;
            yield return (line.Trim(), start + indent);
            start += line.Length + 1;
        }
    }

    private static SourceLine Found(Group group, int lineStart) =>
        new(group.Value.Trim(), Span(group, lineStart));

    private static TextSpan Span(Group group, int lineStart)
    {
        var value = group.Value;
        var lead = value.Length - value.TrimStart().Length;
        return new TextSpan(lineStart + group.Index + lead, lineStart + group.Index + value.TrimEnd().Length);
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool IsUpperCase(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    private static void Trace(ArticleContext context)
    {
        var source = context.Source;
        foreach (var (what, line) in new[] { ("outlet", source.Outlet), ("byline", source.Byline), ("source address", source.Url), ("language", source.Language) })
        {
            if (line is not null)
            {
                context.Trace.Add(nameof(SourceRule), null, what, line.Value, line.Span);
            }
        }
    }

    [GeneratedRegex(@"^(?<label>(?i:source|outlet|publisher|published by|from|byline|author|written by|by|url|link|original|language))\s*:\s*(?<value>[^<>]{1,200}?)\s*(?:<[^<>]*>)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^(?i:by|written by|words by)\s+(?<who>\p{Lu}[^|,;·•()\d]{1,79}?)\s*(?:[|,;·•(].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^\((?i:reporting|writing|reporting and writing)\s+by\s+(?<who>[^;)]{2,80}?)\s*[;)]", RegexOptions.CultureInvariant)]
    private static partial Regex WireCredit();

    [GeneratedRegex(@"^(?<title>[^|]{10,}?)\s+\|\s+(?<outlet>[^|\d]{2,60}?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleWithOutlet();

    [GeneratedRegex(@"^(?<name>[^@·|]{2,60}?)\s+(?<handle>@\w{1,30})\s*·", RegexOptions.CultureInvariant)]
    private static partial Regex Social();

    [GeneratedRegex(@"^(?<name>[^—–·|:]{2,60}?)\s+[—–·]\s+(?<rest>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex DashMasthead();

    [GeneratedRegex(@"^(?<name>[\p{L}&'’ .-]{2,60})$", RegexOptions.CultureInvariant)]
    private static partial Regex MastheadAlone();

    [GeneratedRegex(@"^\p{Lu}[\p{L} .'’-]*,\s+[^–—()]{3,30}?\s+[–—]\s+(?<outlet>\p{Lu}[^.,;:!?–—]{1,40})$", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineOutlet();

    [GeneratedRegex(@"^\p{Lu}[\p{L} .'’-]*,\s+[^–—()]{3,30}?\s+\((?<agency>\p{Lu}{2,10})\)\s*[-–—]", RegexOptions.CultureInvariant)]
    private static partial Regex Agency();
}
